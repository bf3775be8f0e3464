/**
 * The chart itself, drawn by chart.js: this module alone imports it, so the dataset page loads it
 * only when a chart is drawn. The canvas is named for screen readers; the table beside it (in
 * ChartBuilder) holds the same figures.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { formatNumber } from '../../../i18n/format';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const BRAND = '#0b4f8a';

export interface ChartPoints {
  kind: 'bar' | 'line';
  labels: string[];
  values: number[];
  seriesLabel: string;
}

export default function ChartCanvas({ points, label }: { points: ChartPoints; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const config = useMemo<ChartConfiguration<'bar' | 'line'>>(
    () => ({
      type: points.kind,
      data: {
        labels: points.labels,
        datasets: [{ label: points.seriesLabel, data: points.values, backgroundColor: BRAND, borderColor: BRAND, pointRadius: 3 }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { callback: (v) => formatNumber(Number(v), 2) } } },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatNumber(Number(c.raw), 4)}` } } },
      },
    }),
    [points],
  );
  useEffect(() => {
    if (!ref.current) return;
    const chart = new Chart(ref.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="od-chart">
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}
