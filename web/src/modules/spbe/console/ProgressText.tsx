/** An evaluation's progress in words: how many indicators are assigned, submitted and reviewed. */
import { useTranslation } from 'react-i18next';
import type { Progress } from '../shared/types';

export function ProgressText({ progress }: { progress: Progress }) {
  const { t } = useTranslation('spbe');
  return (
    <>
      <span>{t('progress.reviewed', { reviewed: progress.reviewed, total: progress.indicators })}</span>
      <span className="cell-sub">{t('progress.rest', { assigned: progress.assigned, submitted: progress.submitted, total: progress.indicators })}</span>
    </>
  );
}
