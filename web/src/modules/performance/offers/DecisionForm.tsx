/** The eksekutif approves or rejects a counter-offer that asks less than the offer, with an optional reason. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import type { Offer } from '../shared/types';
import { useDecideOffer } from './api';

const REASON_MIN = 5;

export function DecisionForm({ offer, onDone }: { offer: Offer; onDone: (message: string) => void }) {
  const { t } = useTranslation('performance');
  const decide = useDecideOffer(offer.id);
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const send = (approved: boolean) => {
    const text = reason.trim();
    const tooShort = text !== '' && text.length < REASON_MIN;
    setShort(tooShort);
    if (tooShort) return;
    decide.mutate(
      { approved, ...(text ? { reason: text } : {}) },
      { onSuccess: () => onDone(t(approved ? 'decision.approvedDone' : 'decision.rejectedDone')) },
    );
  };
  return (
    <section className="card form-card" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('decision.title')}</h2>
      <p className="hint">{t('decision.intro')}</p>
      <div className="form">
        <Field
          id="decision-reason"
          label={t('decision.reason')}
          error={short ? t('answer.reasonShort', { count: REASON_MIN }) : fieldError(decide.error, 'reason')}
        >
          {(c) => <textarea {...c} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <ErrorMessage error={decide.error} />
        <div className="button-row">
          <button type="button" className="button" disabled={decide.isPending} onClick={() => send(true)}>
            {t('decision.approve')}
          </button>
          <button type="button" className="button danger" disabled={decide.isPending} onClick={() => send(false)}>
            {t('decision.reject')}
          </button>
        </div>
      </div>
    </section>
  );
}
