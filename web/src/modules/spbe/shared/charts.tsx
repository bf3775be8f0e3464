/**
 * The SPBE charts, drawn by chart.js, which this module alone imports: pages load it lazily, after
 * their figures (which are also in a table beside each chart) are already on screen. Each canvas is
 * named for screen readers.
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
import { formatIndex } from './format';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const BRAND = '#0b4f8a';
/** Series colours, each at least 3:1 on white; the points also differ in shape. */
const SERIES = [
  ['#0b4f8a', 'circle'],
  ['#b3261e', 'rect'],
  ['#1d6b34', 'triangle'],
  ['#6a3d9a', 'rectRot'],
  ['#8a5a00', 'crossRot'],
] as const;

/** The index scale runs from 0 to 5 whatever the figures. */
const INDEX_AXIS = { min: 0, max: 5, ticks: { stepSize: 1, callback: (v: string | number) => formatIndex(Number(v), 0) } };

function Canvas<T extends 'bar' | 'line'>({ config, label, tall = false }: { config: ChartConfiguration<T>; label: string; tall?: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = new Chart(ref.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className={tall ? 'spbe-chart tall' : 'spbe-chart'}>
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}

/** A long name over several lines, so that the bars keep their room on a phone. */
export function wrapLabel(text: string, width = 22): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface Bar {
  label: string;
  value: number;
}

/** Indices of domains or aspects as horizontal bars on the 0-5 scale. */
export function IndexBars({ bars, seriesLabel, label }: { bars: Bar[]; seriesLabel: string; label: string }) {
  const config = useMemo<ChartConfiguration<'bar'>>(
    () => ({
      type: 'bar',
      data: {
        labels: bars.map((b) => wrapLabel(b.label)),
        datasets: [{ label: seriesLabel, data: bars.map((b) => b.value), backgroundColor: BRAND }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: 'y',
        // Every bar keeps its name: none may be skipped for lack of room.
        scales: { x: INDEX_AXIS, y: { ticks: { autoSkip: false } } },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: { title: (items) => bars[items[0]?.dataIndex ?? 0]?.label ?? '', label: (c) => `${c.dataset.label}: ${formatIndex(Number(c.raw))}` },
          },
        },
      },
    }),
    [bars, seriesLabel],
  );
  return <Canvas config={config} label={label} tall={bars.length > 5} />;
}

export interface Series {
  label: string;
  points: Array<{ year: number; value: number }>;
}

/**
 * One line per series (per framework): a year without a figure in a series is a gap, so no line
 * ever joins results of two frameworks.
 */
export function HistoryLines({ series, label }: { series: Series[]; label: string }) {
  const config = useMemo<ChartConfiguration<'line'>>(() => {
    const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
    return {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: series.map((s, i) => {
          const [colour, pointStyle] = SERIES[i % SERIES.length];
          return {
            label: s.label,
            data: years.map((year) => s.points.find((p) => p.year === year)?.value ?? null),
            borderColor: colour,
            backgroundColor: colour,
            pointStyle,
            pointRadius: 5,
            spanGaps: false,
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: INDEX_AXIS },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatIndex(Number(c.raw))}` } } },
      },
    };
  }, [series]);
  return <Canvas config={config} label={label} />;
}
