/**
 * The five evaluation indices with their weights, what each adds to the final score, and the score
 * itself: the computation written out, so a reader can check it by hand.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { TableScroll } from '../../../ui/TableScroll';
import { indexText, scoreText } from './format';
import { INDEX_KEYS, type IndexKey, type Weights } from './types';

interface Props {
  caption: string;
  indices: Record<IndexKey, number | null>;
  weights: Weights;
  score: number | null;
}

export function IndexTable({ caption, indices, weights, score }: Props) {
  const { t } = useTranslation('smartcity');
  return (
    <TableScroll label={caption}>
      <table className="sc-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('index.name')}</th>
            <th scope="col" className="number">
              {t('index.value')}
            </th>
            <th scope="col" className="number">
              {t('index.weight')}
            </th>
            <th scope="col" className="number">
              {t('index.weighted')}
            </th>
          </tr>
        </thead>
        <tbody>
          {INDEX_KEYS.map((key) => {
            const value = indices[key];
            return (
              <tr key={key}>
                <th scope="row">{t(`index.key.${key}`)}</th>
                <td className="number">{indexText(value)}</td>
                <td className="number">{formatNumber(weights[key], 4)}</td>
                <td className="number">{value === null ? '—' : formatNumber(value * weights[key], 4)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('index.final')}
            </th>
            <td className="number">
              <strong>{scoreText(score)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
