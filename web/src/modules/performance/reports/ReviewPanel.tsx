/**
 * The reviewer's step on a submitted report: verify it (its figures lock) or return it to the OPD
 * with a comment saying what to fix. The comment is required for a return, and checked here first.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { useReviewReport } from './api';

export function ReviewPanel({ reportId, onDone }: { reportId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('performance');
  const review = useReviewReport(reportId);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const send = (decision: 'verified' | 'returned') => {
    const text = comment.trim();
    const needed = decision === 'returned' && !text;
    setMissing(needed);
    if (needed) return;
    review.mutate(
      { decision, ...(text ? { comment: text } : {}) },
      {
        onSuccess: () => {
          setComment('');
          onDone(t(decision === 'verified' ? 'review.verifiedDone' : 'review.returnedDone'));
          window.scrollTo({ top: 0, behavior: 'smooth' });
        },
      },
    );
  };
  return (
    <section className="card form-card" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      <p className="hint">{t('review.intro')}</p>
      <div className="form">
        <Field
          id="review-comment"
          label={t('review.comment')}
          hint={t('review.commentHint')}
          error={missing ? t('review.commentRequired') : fieldError(review.error, 'comment')}
        >
          {(c) => <textarea {...c} maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <ErrorMessage error={review.error} />
        <div className="button-row">
          <button type="button" className="button" disabled={review.isPending} onClick={() => send('verified')}>
            {t('review.verify')}
          </button>
          <button type="button" className="button danger" disabled={review.isPending} onClick={() => send('returned')}>
            {t('review.return')}
          </button>
        </div>
      </div>
    </section>
  );
}
