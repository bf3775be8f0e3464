/** An evaluation's status as a label: a draft only the team sees, or published for everyone. */
import { useTranslation } from 'react-i18next';

export function EvaluationStatus({ status }: { status: 'draft' | 'published' }) {
  const { t } = useTranslation('smartcity');
  return <span className={`badge sc-status-${status}`}>{t(`evaluation.status.${status}`)}</span>;
}
