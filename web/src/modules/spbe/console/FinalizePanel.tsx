/**
 * The coordinator closes the year once every indicator is confirmed or corrected: the levels lock
 * and the result goes public. Until then the button stays, disabled, with the reason beside it.
 */
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/session';
import { ErrorMessage } from '../../../ui/feedback';
import { ConfirmButton } from '../../admin/components/ConfirmButton';
import { useFinalize } from '../shared/api';
import { coordinates } from '../shared/roles';
import type { EvaluationDetail } from '../shared/types';

const REVIEWED = new Set(['confirmed', 'corrected']);

export function FinalizePanel({ evaluation, onDone }: { evaluation: EvaluationDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation('spbe');
  const session = useSession();
  const finalize = useFinalize(evaluation.year);
  if (evaluation.status !== 'open' || !coordinates(session.data)) return null;
  const waiting = evaluation.indicators.filter((a) => !REVIEWED.has(a.status)).length;
  return (
    <section className="card form-card no-print" aria-labelledby="spbe-finalize">
      <h2 id="spbe-finalize">{t('finalize.title')}</h2>
      {waiting > 0 ? (
        <>
          <p id="spbe-finalize-reason">{t('finalize.notReady', { count: waiting })}</p>
          <button type="button" className="button" disabled aria-describedby="spbe-finalize-reason">
            {t('finalize.action')}
          </button>
        </>
      ) : (
        <>
          <p>{t('finalize.ready')}</p>
          <ConfirmButton
            className="button"
            label={t('finalize.action')}
            question={t('finalize.question', { year: evaluation.year })}
            confirmLabel={t('finalize.confirm')}
            pending={finalize.isPending}
            onConfirm={() => finalize.mutate(undefined, { onSuccess: () => onDone(t('finalize.done', { year: evaluation.year })) })}
          />
        </>
      )}
      <ErrorMessage error={finalize.error} />
    </section>
  );
}
