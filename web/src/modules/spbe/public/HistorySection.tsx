/**
 * The SPBE index across years, one series per framework (and per source: the city's own final
 * evaluation or the ministry's official result). Results of different frameworks are never joined
 * by a line: their indicators and weights differ, so their indices are not comparable.
 */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useHistory } from '../shared/api';
import { PredicateBadge } from '../shared/badges';
import type { Series } from '../shared/charts';
import { formatIndex } from '../shared/format';
import type { HistoryPoint } from '../shared/types';

const HistoryLines = lazy(() => import('../shared/charts').then((m) => ({ default: m.HistoryLines })));

interface Group {
  frameworkCode: string;
  frameworkName: string;
  points: HistoryPoint[];
}

/** The history by framework, oldest framework first, each year in order. */
export function byFramework(items: HistoryPoint[]): Group[] {
  const groups = new Map<string, Group>();
  for (const item of [...items].sort((a, b) => a.year - b.year)) {
    const group = groups.get(item.frameworkCode) ?? { frameworkCode: item.frameworkCode, frameworkName: item.frameworkName, points: [] };
    group.points.push(item);
    groups.set(item.frameworkCode, group);
  }
  return [...groups.values()];
}

/** "Evaluasi SPBE (PermenPANRB 59/2020)" as "PermenPANRB 59/2020": a legend on a phone has little room. */
const shortName = (name: string) => /\(([^)]+)\)\s*$/.exec(name)?.[1] ?? name;

export function HistorySection() {
  const { t } = useTranslation('spbe');
  const history = useHistory();
  const groups = useMemo(() => byFramework(history.data ?? []), [history.data]);
  const series = useMemo<Series[]>(
    () =>
      groups.flatMap((g) =>
        (['kemenpanrb', 'evaluasi'] as const)
          .map((source) => ({
            label: t(`history.series.${source}`, { framework: shortName(g.frameworkName) }),
            points: g.points.filter((p) => p.source === source).map((p) => ({ year: p.year, value: p.index })),
          }))
          .filter((s) => s.points.length > 0),
      ),
    [groups, t],
  );
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorMessage error={history.error} />;
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="spbe-history">
      <h2 id="spbe-history">{t('history.title')}</h2>
      <figure className="card spbe-figure">
        <figcaption>
          <p>
            <strong>{t('history.caption')}</strong>
          </p>
          <p className="hint">{t('history.captionText')}</p>
        </figcaption>
        <Suspense fallback={<Loading />}>
          <HistoryLines series={series} label={t('history.chartAlt', { frameworks: groups.map((g) => g.frameworkName).join(', ') })} />
        </Suspense>
      </figure>
      {groups.map((g) => (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the table scrolls sideways, and a box that scrolls must take focus to scroll by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable).
        <section key={g.frameworkCode} className="table-wrap" aria-label={t('history.tableTitle', { framework: g.frameworkName })} tabIndex={0}>
          <table className="spbe-table">
            <caption>
              <strong>{t('history.tableTitle', { framework: g.frameworkName })}</strong>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('history.col.year')}</th>
                <th scope="col" className="number">
                  {t('history.col.index')}
                </th>
                <th scope="col">{t('history.col.predicate')}</th>
                <th scope="col">{t('history.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {g.points.map((p) => (
                <tr key={`${p.year}-${p.source}`}>
                  <th scope="row">{p.year}</th>
                  <td className="number">{formatIndex(p.index)}</td>
                  <td>
                    <PredicateBadge predicate={p.predicate} />
                  </td>
                  <td>{t(`history.source.${p.source}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
