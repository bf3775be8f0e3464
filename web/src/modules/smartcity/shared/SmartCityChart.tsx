/**
 * The smart city charts, drawn by chart.js: this module alone imports it, so a page loads it only
 * when a chart is drawn. A bar per dimension (horizontal, 0-5) or a line of scores over the
 * evaluations. Each canvas is named for screen readers; a table beside it holds the same figures.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { formatNumber } from '../../../i18n/format';
import './smartcity.css';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

const BRAND = '#0b4f8a';

export interface ChartSeries {
  kind: 'dimensions' | 'history';
  labels: string[];
  values: Array<number | null>;
  seriesLabel: string;
}

export default function SmartCityChart({ series, label }: { series: ChartSeries; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const config = useMemo<ChartConfiguration<'bar' | 'line'>>(() => {
    const bars = series.kind === 'dimensions';
    const axis = { min: bars ? 0 : 1, max: 5, ticks: { stepSize: 1, callback: (v: string | number) => formatNumber(Number(v), 1) } };
    return {
      type: bars ? 'bar' : 'line',
      data: {
        labels: series.labels,
        datasets: [{ label: series.seriesLabel, data: series.values, backgroundColor: BRAND, borderColor: BRAND, pointRadius: 4, spanGaps: true }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: bars ? 'y' : 'x',
        scales: bars ? { x: axis } : { y: axis },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatNumber(Number(c.raw), 3)}` } } },
      },
    };
  }, [series]);
  useEffect(() => {
    if (!ref.current) return;
    const chart = new Chart(ref.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="sc-chart">
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}
