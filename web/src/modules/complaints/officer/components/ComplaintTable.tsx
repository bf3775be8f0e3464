/**
 * Complaints as a table for the console's lists: number (to the detail page), filing time, category,
 * place, OPD, status and time limit. With `selection` each row gets a checkbox for bulk steps.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../i18n/format';
import { StatusBadge } from '../../../../ui/StatusBadge';
import type { StaffComplaint } from '../api';
import { DeadlineBadge } from './DeadlineBadge';

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  /** Selects every row shown, or clears them when all are selected already. */
  toggleAll: (ids: string[]) => void;
}

const SHORT = 120;

function shorten(text: string): string {
  return text.length > SHORT ? `${text.slice(0, SHORT).trimEnd()}…` : text;
}

export function ComplaintTable({ items, caption, selection }: { items: StaffComplaint[]; caption: string; selection?: Selection }) {
  const { t } = useTranslation('officer');
  const ids = items.map((c) => c.id);
  const allSelected = !!selection && ids.length > 0 && ids.every((id) => selection.selected.has(id));
  return (
    <div className="table-wrap">
      <table className="officer-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col">
                <input type="checkbox" aria-label={t('table.selectAll')} checked={allSelected} onChange={() => selection.toggleAll(ids)} />
              </th>
            )}
            <th scope="col">{t('table.number')}</th>
            <th scope="col">{t('table.filed')}</th>
            <th scope="col">{t('table.category')}</th>
            <th scope="col">{t('table.description')}</th>
            <th scope="col">{t('table.place')}</th>
            <th scope="col">{t('table.opd')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              {selection && (
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('table.select', { number: c.trackingNo })}
                    checked={selection.selected.has(c.id)}
                    onChange={() => selection.toggle(c.id)}
                  />
                </td>
              )}
              <th scope="row">
                <Link to={`/konsol/aduan/${c.id}`}>{c.trackingNo}</Link>
              </th>
              <td className="nowrap">{formatDateTime(c.createdAt)}</td>
              <td>{c.category.name}</td>
              <td>{shorten(c.description)}</td>
              <td>{[c.kelurahan, c.kecamatan].filter(Boolean).join(', ') || t('table.noPlace')}</td>
              <td>{c.opd ?? t('table.noOpd')}</td>
              <td>
                <StatusBadge status={c.status} label={c.statusLabel} />
              </td>
              <td>
                <DeadlineBadge deadline={c.deadline} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
