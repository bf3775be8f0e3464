/** An evaluation's index per smart city dimension, as a table; the dash for a dimension not scored. */
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../ui/TableScroll';
import { indexText } from './format';
import type { Dimension, Evaluation } from './types';

export function DimensionIndexTable({ evaluation, dimensions, caption }: { evaluation: Evaluation; dimensions: Dimension[]; caption: string }) {
  const { t } = useTranslation('smartcity');
  return (
    <TableScroll label={caption}>
      <table className="sc-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dimension')}</th>
            <th scope="col" className="number">
              {t('index.dimensionIndex')}
            </th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr key={d.code}>
              <th scope="row">{d.name}</th>
              <td className="number">{indexText(evaluation.dimensions.find((x) => x.dimension === d.code)?.index)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
