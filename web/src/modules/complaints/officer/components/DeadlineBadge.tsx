/**
 * The time limit as a badge: "Jatuh tempo dalam 2 hari kerja", "Terlambat 3 hari kerja". The words
 * carry the meaning; the colour only repeats it. Nothing is shown when no step is owed.
 */
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../api';

export function DeadlineBadge({ deadline }: { deadline: Deadline | null }) {
  const { t } = useTranslation('officer');
  if (!deadline) return null;
  const days = deadline.workingDaysLeft;
  let text: string;
  let tone: 'overdue' | 'due-soon' | 'on-time';
  if (deadline.overdue) {
    // Past a Friday deadline on the Saturday: late, though not yet by a whole working day.
    text = days < 0 ? t('deadline.overdue', { count: -days }) : t('deadline.overdueToday');
    tone = 'overdue';
  } else if (days <= 0) {
    text = t('deadline.dueToday');
    tone = 'due-soon';
  } else {
    text = t('deadline.dueIn', { count: days });
    tone = days <= 1 ? 'due-soon' : 'on-time';
  }
  return <span className={`badge ${tone}`}>{text}</span>;
}
