/**
 * Two charts of the statistics, drawn by chart.js, which this module alone imports so that only the
 * statistics page downloads it: received against answered per OPD, and the share answered in time.
 * Only the pieces these bar charts use are registered. Each canvas is named for screen readers and
 * points to the table, which holds the same figures.
 */
import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../../i18n/format';
import type { OpdStats } from '../../shared/types';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const BRAND = '#0b4f8a';
const OK = '#1d6b34';

/** A canvas drawn from one configuration; a new configuration (new figures, new language) redraws it. */
function BarChart({ config, label }: { config: ChartConfiguration<'bar'>; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = new Chart(ref.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="officer-chart">
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}

export default function StatsCharts({ items }: { items: OpdStats[] }) {
  const { t } = useTranslation('officer');
  const answered = useMemo(() => items.filter((o) => o.answeredInTimeShare !== null), [items]);

  const volume = useMemo<ChartConfiguration<'bar'>>(
    () => ({
      type: 'bar',
      data: {
        labels: items.map((o) => o.opd ?? t('stats.notRouted')),
        datasets: [
          { label: t('stats.col.received'), data: items.map((o) => o.received), backgroundColor: BRAND },
          { label: t('stats.col.answered'), data: items.map((o) => o.answered), backgroundColor: OK },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0, callback: (v) => formatNumber(Number(v)) } } },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatNumber(Number(c.raw))}` } } },
      },
    }),
    [items, t],
  );

  const inTime = useMemo<ChartConfiguration<'bar'>>(
    () => ({
      type: 'bar',
      data: {
        labels: answered.map((o) => o.opd ?? t('stats.notRouted')),
        datasets: [{ label: t('stats.col.inTime'), data: answered.map((o) => (o.answeredInTimeShare ?? 0) * 100), backgroundColor: OK }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: 'y',
        scales: { x: { min: 0, max: 100, ticks: { callback: (v) => formatPercent(Number(v) / 100) } } },
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => formatPercent(Number(c.raw) / 100, 1) } } },
      },
    }),
    [answered, t],
  );

  return (
    <div className="grid two">
      <figure className="card officer-figure">
        <figcaption>
          <h3>{t('stats.chartVolume')}</h3>
        </figcaption>
        <BarChart config={volume} label={t('stats.chartVolumeAlt')} />
      </figure>
      <figure className="card officer-figure">
        <figcaption>
          <h3>{t('stats.chartInTime')}</h3>
        </figcaption>
        {answered.length === 0 ? <p className="hint">{t('stats.noneAnswered')}</p> : <BarChart config={inTime} label={t('stats.chartInTimeAlt')} />}
      </figure>
    </div>
  );
}
