/**
 * The walidata's steps on a dataset, as its status allows: approve or reject one waiting for
 * review, publish an approved (or withdrawn) one, withdraw a published one. A rejection and a
 * withdrawal need a comment, which the producer is sent; the page asks for it before sending.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { useDatasetStep } from '../shared/api';
import type { DatasetAction, DatasetView } from '../shared/types';

const CURATOR_STEPS: Partial<Record<DatasetView['status'], DatasetAction[]>> = {
  MENUNGGU_PERSETUJUAN: ['approve', 'reject'],
  DISETUJUI: ['publish'],
  TIDAK_DITAYANGKAN: ['publish'],
  DITAYANGKAN: ['unpublish'],
};
const NEEDS_COMMENT: DatasetAction[] = ['reject', 'unpublish'];

export function CurationPanel({ dataset, onDone }: { dataset: DatasetView; onDone: (message: string) => void }) {
  const { t } = useTranslation('opendata');
  const step = useDatasetStep(dataset.name);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<DatasetAction | null>(null);
  const actions = CURATOR_STEPS[dataset.status] ?? [];
  if (actions.length === 0) {
    return <p className="hint">{t('curate.nothing', { status: t(`status.${dataset.status}`) })}</p>;
  }
  const send = (action: DatasetAction) => {
    const text = comment.trim();
    if (NEEDS_COMMENT.includes(action) && !text) {
      setMissing(action);
      return;
    }
    setMissing(null);
    step.mutate(
      { action, comment: text || undefined },
      {
        onSuccess: (after) => {
          setComment('');
          onDone(t(`curate.done.${action}`, { status: t(`status.${after.status}`) }));
        },
      },
    );
  };
  const needs = actions.some((a) => NEEDS_COMMENT.includes(a));
  return (
    <section className="card form-card" aria-labelledby="od-curate-title">
      <h2 id="od-curate-title">{t('curate.title')}</h2>
      <p className="hint">{t(`curate.intro.${dataset.status}`)}</p>
      <div className="form">
        <Field
          id="od-curate-comment"
          label={needs ? t('curate.commentNeeded') : t('curate.comment')}
          hint={needs ? t(`curate.commentHint.${dataset.status}`) : t('curate.commentOptional')}
          error={missing ? t(`curate.missing.${missing}`) : fieldError(step.error, 'comment')}
        >
          {(c) => <textarea {...c} className="short" maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <ErrorMessage error={step.error} />
        <div className="button-row">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={NEEDS_COMMENT.includes(action) ? 'button danger' : 'button'}
              disabled={step.isPending}
              onClick={() => send(action)}
            >
              {t(`curate.action.${action}`)}
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
