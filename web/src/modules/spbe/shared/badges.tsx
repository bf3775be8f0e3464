/**
 * An assessment's status and an index's predicate as labels with words, never colour alone: the
 * predicate's light also differs in shape (circle, diamond, square), as on the performance pages.
 */
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus, EvaluationStatus, Predicate, PredicateCode } from './types';
import './spbe.css';

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation('spbe');
  return <span className={`badge spbe-status-${status}`}>{t(`status.${status}`)}</span>;
}

export function EvaluationStatusBadge({ status }: { status: EvaluationStatus }) {
  const { t } = useTranslation('spbe');
  return <span className={`badge spbe-evaluation-${status}`}>{t(`evaluationStatus.${status}`)}</span>;
}

const LIGHTS: Record<PredicateCode, 'green' | 'amber' | 'red'> = {
  memuaskan: 'green',
  sangat_baik: 'green',
  baik: 'amber',
  cukup: 'red',
  kurang: 'red',
};

/** The predicate's word as the server gives it, with its light. */
export function PredicateBadge({ predicate }: { predicate: Predicate | null }) {
  const { t } = useTranslation('spbe');
  if (!predicate) return <span className="spbe-predicate spbe-predicate-none">{t('index.noPredicate')}</span>;
  return (
    <span className={`spbe-predicate spbe-light-${LIGHTS[predicate.code] ?? 'amber'}`}>
      <span className="light" aria-hidden="true" />
      <span>{predicate.label}</span>
    </span>
  );
}
