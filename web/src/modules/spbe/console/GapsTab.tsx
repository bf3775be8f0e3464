/**
 * Gap analysis: every indicator below level 5 with what one level more would add to the index,
 * largest gain first (the server's order), so the city knows where effort pays most.
 */

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { TableScroll } from '../../../ui/TableScroll';
import { useGaps } from '../shared/api';
import { formatGain, formatIndex } from '../shared/format';
import type { EvaluationDetail } from '../shared/types';
import { BasisToggle, useBasis } from './useBasis';

export function GapsTab({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation('spbe');
  const [basis, setBasis] = useBasis();
  const gaps = useGaps(evaluation.year, basis);
  return (
    <section aria-labelledby="spbe-gaps">
      <h2 id="spbe-gaps">{t('gaps.title')}</h2>
      <p className="hint">{t('gaps.intro')}</p>
      <BasisToggle basis={basis} onChange={setBasis} />
      {gaps.isPending ? (
        <Loading />
      ) : gaps.isError ? (
        <ErrorMessage error={gaps.error} />
      ) : gaps.data.length === 0 ? (
        <EmptyState title={t('gaps.empty')} />
      ) : (
        <TableScroll label={t('gaps.title')}>
          <table className="spbe-table">
            <caption className="visually-hidden">{t('gaps.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gaps.col.rank')}</th>
                <th scope="col">{t('gaps.col.indicator')}</th>
                <th scope="col" className="number">
                  {t('gaps.col.level')}
                </th>
                <th scope="col" className="number">
                  {t('gaps.col.gain')}
                </th>
                <th scope="col" className="number">
                  {t('gaps.col.indexAfter')}
                </th>
              </tr>
            </thead>
            <tbody>
              {gaps.data.map((g, i) => (
                <tr key={g.number}>
                  <td>{i + 1}</td>
                  <th scope="row">
                    <Link to={`/konsol/spbe/${evaluation.year}/indikator/${g.number}`}>{t('indicators.name', { number: g.number, name: g.name })}</Link>
                  </th>
                  <td className="number">{t('gaps.step', { level: g.level, next: g.nextLevel })}</td>
                  <td className="number">{formatGain(g.gain)}</td>
                  <td className="number">{formatIndex(g.indexAfter)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
