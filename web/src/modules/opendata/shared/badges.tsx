/** A dataset's status and its freshness as labels with words, never colour alone. */
import { useTranslation } from 'react-i18next';
import type { DatasetStatus, DatasetView } from './types';

export function DatasetStatusBadge({ status }: { status: DatasetStatus }) {
  const { t } = useTranslation('opendata');
  return <span className={`badge od-status od-status-${status}`}>{t(`status.${status}`)}</span>;
}

/** "Terlambat diperbarui" when the next data was due before today; nothing for data on time. */
export function FreshnessBadge({ dataset }: { dataset: Pick<DatasetView, 'overdue'> }) {
  const { t } = useTranslation('opendata');
  if (!dataset.overdue) return null;
  return <span className="badge overdue">{t('freshness.overdue')}</span>;
}
