/** An offer's targets: per indicator the yearly target (both bounds of a range), TW I-IV, and what was agreed. */
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../admin/components/AdminTable';
import { figureText } from '../shared/figures';
import { QUARTERS, quarterName } from '../shared/quarters';
import type { Offer } from '../shared/types';

export function OfferTargetsTable({ offer }: { offer: Offer }) {
  const { t } = useTranslation('performance');
  const agreedShown = offer.targets.some((x) => x.agreed);
  return (
    <AdminTable
      caption={t('offer.targetsTitle')}
      columns={[
        t('offer.col.indicator'),
        t('offer.col.direction'),
        t('offer.col.target'),
        ...QUARTERS.map(quarterName),
        ...(agreedShown ? [t('offer.col.agreed')] : []),
      ]}
    >
      {offer.targets.map((x) => (
        <tr key={x.indicatorId}>
          <th scope="row">{x.indicatorName}</th>
          <td>{t(`direction.${x.direction}`, { defaultValue: x.direction })}</td>
          <td>{figureText(x.target, x.unit, x.targetUpper)}</td>
          {QUARTERS.map((q) => (
            <td key={q}>{figureText(x.quarterly[q - 1], x.unit)}</td>
          ))}
          {agreedShown && <td>{x.agreed ? figureText(x.agreed.target, x.unit, x.agreed.targetUpper) : '—'}</td>}
        </tr>
      ))}
    </AdminTable>
  );
}
