/**
 * Downloads of the list as it is filtered now. Plain links: the browser sends the session cookie
 * with them and saves the file itself (the server names it and records the export in the audit log).
 */
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../../../api/client';
import { STAFF_BASE, type StaffFilter } from '../api';

export function ExportLinks({ filter }: { filter: StaffFilter }) {
  const { t } = useTranslation('officer');
  const href = (format: 'csv' | 'xlsx') => withQuery(`${STAFF_BASE}/export`, { ...filter, format });
  return (
    <div className="button-row">
      <a className="button secondary" href={href('csv')} download>
        {t('export.csv')}
      </a>
      <a className="button secondary" href={href('xlsx')} download>
        {t('export.xlsx')}
      </a>
    </div>
  );
}
