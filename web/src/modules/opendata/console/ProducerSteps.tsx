/**
 * The producer's steps on a dataset, as its status allows them: send a draft to the walidata,
 * withdraw it while it waits, or reopen a rejected or cancelled one. A note is optional; the
 * server says plainly when a step cannot be taken (no table yet, columns not confirmed).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { useDatasetStep } from '../shared/api';
import type { DatasetAction, DatasetView } from '../shared/types';

const PRODUCER_STEPS: Partial<Record<DatasetView['status'], DatasetAction[]>> = {
  DRAFT: ['submit'],
  MENUNGGU_PERSETUJUAN: ['cancel'],
  DITOLAK: ['reopen'],
  DIBATALKAN: ['reopen'],
};

export function ProducerSteps({ dataset, onDone }: { dataset: DatasetView; onDone: (message: string) => void }) {
  const { t } = useTranslation('opendata');
  const step = useDatasetStep(dataset.name);
  const [comment, setComment] = useState('');
  const actions = PRODUCER_STEPS[dataset.status] ?? [];
  if (actions.length === 0) return null;
  const send = (action: DatasetAction) =>
    step.mutate(
      { action, comment: comment.trim() || undefined },
      {
        onSuccess: (after) => {
          setComment('');
          onDone(t(`steps.done.${action}`, { status: t(`status.${after.status}`) }));
        },
      },
    );
  return (
    <section className="card form-card" aria-labelledby="od-steps-title">
      <h2 id="od-steps-title">{t('steps.title')}</h2>
      <p className="hint">{t(`steps.intro.${dataset.status}`)}</p>
      <div className="form">
        <Field id="od-step-comment" label={t('steps.comment')} hint={t('steps.commentHint')}>
          {(c) => <textarea {...c} className="short" maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <ErrorMessage error={step.error} />
        <div className="button-row">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'cancel' ? 'button secondary' : 'button'}
              disabled={step.isPending}
              onClick={() => send(action)}
            >
              {t(`steps.action.${action}`)}
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
