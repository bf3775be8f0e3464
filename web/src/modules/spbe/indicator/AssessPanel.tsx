/**
 * The assessor's decision on a submitted indicator: confirm the OPD's level, correct it to another
 * level, or return it to the OPD. A correction and a return need a comment saying why, checked here
 * before anything is sent.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { useReview } from '../shared/api';
import { LEVELS } from '../shared/levels';
import type { Assessment, Decision } from '../shared/types';

const DECISIONS: Decision[] = ['confirm', 'correct', 'return'];

export function AssessPanel({ year, assessment: a, onDone }: { year: number; assessment: Assessment; onDone: (message: string) => void }) {
  const { t } = useTranslation('spbe');
  const review = useReview(year, a.number);
  const [decision, setDecision] = useState<Decision>('confirm');
  const [level, setLevel] = useState(a.selfLevel);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const selfName = a.selfLevel > 0 ? (a.levelNames[a.selfLevel - 1] ?? '') : t('level.zero');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = comment.trim();
    const needed = decision !== 'confirm' && !text;
    setMissing(needed);
    if (needed) return;
    review.mutate(
      { decision, ...(decision === 'correct' ? { level } : {}), comment: text },
      {
        onSuccess: () => {
          setComment('');
          onDone(t(`review.done.${decision}`, { level: decision === 'correct' ? level : a.selfLevel }));
          window.scrollTo({ top: 0, behavior: 'smooth' });
        },
      },
    );
  };

  return (
    <section className="card form-card" aria-labelledby="spbe-review">
      <h2 id="spbe-review">{t('review.title')}</h2>
      <p className="hint">{t('review.intro', { level: a.selfLevel, name: selfName })}</p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('review.decision')}</legend>
          {DECISIONS.map((d) => (
            <label key={d} className="choice">
              <input type="radio" name="spbe-decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
              {t(`review.option.${d}`, { level: a.selfLevel })}
            </label>
          ))}
        </fieldset>
        {decision === 'correct' && (
          <Field id="spbe-review-level" label={t('review.level')} error={fieldError(review.error, 'level')}>
            {(c) => (
              <select {...c} value={level} onChange={(e) => setLevel(Number(e.target.value))}>
                {[0, ...LEVELS].map((l) => (
                  <option key={l} value={l}>
                    {l === 0 ? t('level.zero') : t('level.named', { level: l, name: a.levelNames[l - 1] ?? '' })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field
          id="spbe-review-comment"
          label={t('review.comment')}
          hint={t('review.commentHint')}
          error={missing ? t(decision === 'return' ? 'review.commentRequiredReturn' : 'review.commentRequiredCorrect') : fieldError(review.error, 'comment')}
        >
          {(c) => <textarea {...c} maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <ErrorMessage error={review.error} />
        <div className="button-row">
          <button type="submit" className={decision === 'return' ? 'button danger' : 'button'} disabled={review.isPending}>
            {review.isPending ? t('working') : t(`review.submit.${decision}`)}
          </button>
        </div>
      </form>
    </section>
  );
}
