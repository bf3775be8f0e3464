/**
 * An SPBE index as the public page and the console show it: the total as a big number with its
 * predicate, then every domain with its aspects in a table, and the same figures as bar charts.
 */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/feedback';
import { PredicateBadge } from './badges';
import { formatIndex, formatWeight } from './format';
import type { SpbeIndex } from './types';
import './spbe.css';

const IndexBars = lazy(() => import('./charts').then((m) => ({ default: m.IndexBars })));

interface Props {
  index: SpbeIndex;
  /** Names the figures: "Indeks SPBE 2024". */
  title: string;
  /** The id prefix of the headings, unique on the page. */
  idPrefix: string;
  /** Level of the headings inside (2 on a page, 3 inside a section). */
  headingLevel?: 2 | 3;
}

export function TotalScore({ index, label }: { index: Pick<SpbeIndex, 'total' | 'predicate'>; label: string }) {
  return (
    <p className="spbe-score">
      <span className="spbe-big">
        <span className="visually-hidden">{label}: </span>
        {formatIndex(index.total)}
      </span>
      <PredicateBadge predicate={index.predicate} />
    </p>
  );
}

export function IndexView({ index, title, idPrefix, headingLevel = 2 }: Props) {
  const { t } = useTranslation('spbe');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const domainBars = useMemo(() => index.domains.map((d) => ({ label: d.name, value: d.index })), [index.domains]);
  const aspectBars = useMemo(() => index.aspects.map((a) => ({ label: a.name, value: a.index })), [index.aspects]);
  return (
    <>
      <TotalScore index={index} label={title} />
      <p className="hint">{t('index.scaleNote')}</p>
      {index.filled < index.indicators && <p className="hint">{t('index.partial', { filled: index.filled, total: index.indicators })}</p>}
      <Heading id={`${idPrefix}-table`}>{t('index.tableTitle')}</Heading>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the table scrolls sideways, and a box that scrolls must take focus to scroll by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable). */}
      <section className="table-wrap" aria-labelledby={`${idPrefix}-table`} tabIndex={0}>
        <table className="spbe-table" aria-labelledby={`${idPrefix}-table`}>
          <thead>
            <tr>
              <th scope="col">{t('index.col.part')}</th>
              <th scope="col" className="number">
                {t('index.col.weight')}
              </th>
              <th scope="col" className="number">
                {t('index.col.index')}
              </th>
            </tr>
          </thead>
          {index.domains.map((d) => (
            <tbody key={d.number}>
              <tr className="spbe-domain-row">
                <th scope="row">
                  <strong>{t('index.domain', { number: d.number, name: d.name })}</strong>
                </th>
                <td className="number">{formatWeight(d.weight)}</td>
                <td className="number">
                  <strong>{formatIndex(d.index)}</strong>
                </td>
              </tr>
              {index.aspects
                .filter((a) => a.domainNumber === d.number)
                .map((a) => (
                  <tr key={a.number} className="spbe-aspect-row">
                    <th scope="row">{t('index.aspect', { number: a.number, name: a.name })}</th>
                    <td className="number">{formatWeight(a.weight)}</td>
                    <td className="number">{formatIndex(a.index)}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </section>
      <div className="grid two">
        <figure className="card spbe-figure">
          <figcaption>
            <Heading>{t('index.chartDomains')}</Heading>
          </figcaption>
          <Suspense fallback={<Loading />}>
            <IndexBars bars={domainBars} seriesLabel={t('index.col.index')} label={t('index.chartDomainsAlt', { title })} />
          </Suspense>
        </figure>
        <figure className="card spbe-figure">
          <figcaption>
            <Heading>{t('index.chartAspects')}</Heading>
          </figcaption>
          <Suspense fallback={<Loading />}>
            <IndexBars bars={aspectBars} seriesLabel={t('index.col.index')} label={t('index.chartAspectsAlt', { title })} />
          </Suspense>
        </figure>
      </div>
    </>
  );
}
