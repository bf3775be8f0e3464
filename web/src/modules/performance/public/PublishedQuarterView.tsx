/** One published quarter: the OPDs by rank with their traffic lights, how the lights are read, and the published findings. */
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useSettings } from '../shared/api';
import { percentText } from '../shared/figures';
import { PredicateLight } from '../shared/PredicateLight';
import { quarterName } from '../shared/quarters';
import { Trend } from '../shared/Trend';
import type { Band, PublishedQuarter } from '../shared/types';
import { usePublishedQuarter } from './api';
import { figureName } from './figureName';

export function PublishedQuarterView({ periodId, quarter }: { periodId: string; quarter: number }) {
  const { t } = useTranslation('scores');
  const published = usePublishedQuarter(periodId, quarter);
  const settings = useSettings();
  const bands = settings.data?.bands ?? [];
  if (published.isPending) return <Loading />;
  if (published.isError) return <ErrorMessage error={published.error} />;
  const p = published.data;
  const when = `${quarterName(p.quarter)} ${p.year}`;
  return (
    <>
      <section aria-labelledby="published-title">
        <h2 id="published-title">{t('tableTitle', { when })}</h2>
        <p className="hint">{t('publishedAt', { at: formatDateTime(p.publishedAt) })}</p>
        <ScoreList published={p} bands={bands} caption={t('tableTitle', { when })} />
        <BandLegend bands={bands} />
      </section>
      <section aria-labelledby="published-findings-title">
        <h2 id="published-findings-title">{t('findingsTitle', { when })}</h2>
        {p.findings.length === 0 ? (
          <p>{t('noFindings')}</p>
        ) : (
          <ul className="perf-findings">
            {p.findings.map((f) => (
              <li key={`${f.label}-${f.opd.id}-${f.indicator?.id ?? ''}`} className="card">
                <p>
                  <span className={`badge outcome-${f.outcome}`}>{t(`outcome.${f.outcome}`, { defaultValue: f.outcome })}</span> <strong>{f.label}</strong>:{' '}
                  {f.opd.name}
                  {f.indicator ? `, ${f.indicator.name}` : ''}
                </p>
                <p className="hint">
                  {Object.entries(f.figures)
                    .map(([name, value]) => `${figureName(name, t)}: ${formatNumber(value, 2)}`)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ScoreList({ published, bands, caption }: { published: PublishedQuarter; bands: readonly Band[]; caption: string }) {
  const { t } = useTranslation('scores');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the table scrolls sideways, and a box that scrolls must take focus to scroll by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable).
    <section className="table-wrap" aria-label={caption} tabIndex={0}>
      <table className="perf-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('col.rank')}
            </th>
            <th scope="col">{t('col.opd')}</th>
            <th scope="col">{t('col.predicate')}</th>
            <th scope="col" className="number">
              {t('col.performance')}
            </th>
            <th scope="col" className="number">
              {t('col.absorption')}
            </th>
            <th scope="col" className="number">
              {t('col.responsiveness')}
            </th>
            <th scope="col">{t('col.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {published.items.map((s) => (
            <tr key={s.opdId}>
              <td className="number">{s.rank ?? '—'}</td>
              <th scope="row">{s.opdName}</th>
              <td>
                <PredicateLight predicate={s.predicate} composite={s.composite} bands={bands} emptyLabel={t('noScore')} />
              </td>
              <td className="number">{percentText(s.performance)}</td>
              <td className="number">{percentText(s.absorption)}</td>
              <td className="number">{percentText(s.responsiveness)}</td>
              <td>
                <Trend points={s.trend} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** How a score earns its word: each band's lower bound, highest first. */
function BandLegend({ bands }: { bands: readonly Band[] }) {
  const { t } = useTranslation('scores');
  if (bands.length === 0) return null;
  return (
    <p className="hint">
      {t('legend')}{' '}
      {bands
        .map((b) => (b.above === null ? t('legendRest', { label: b.label }) : t('legendAbove', { label: b.label, above: formatNumber(b.above) })))
        .join('; ')}
      .
    </p>
  );
}
