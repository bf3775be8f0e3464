/**
 * A destructive step asked twice: the first press shows what will happen and a second button to
 * go ahead, so a slip of the finger on a phone rejects nothing. Keyboard focus moves to the
 * question, which is announced.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  /** Checked before the question is asked: return false to stay (e.g. a form field is missing). */
  ready?: () => boolean;
  onConfirm: () => void;
}

export function ConfirmButton({ label, question, confirmLabel, pending, ready, onConfirm }: Props) {
  const { t } = useTranslation('officer');
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="button danger" disabled={pending} onClick={() => (ready?.() ?? true) && setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="alert alert-warning">
      <p ref={questionRef} tabIndex={-1} role="alert">
        {question}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button danger"
          disabled={pending}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={() => setAsking(false)}>
          {t('confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
