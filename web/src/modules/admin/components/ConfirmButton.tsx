/**
 * A destructive action in two steps: the first press asks, the second does it. Focus moves to the
 * confirming button (described by the question) and back to the first one when cancelled, so the
 * step works the same by keyboard and screen reader.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  /** The first button's look; the confirming one is always red. */
  className?: string;
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm, pending = false, className = 'button secondary' }: Props) {
  const { t } = useTranslation('admin');
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={startRef} type="button" className={className} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-step">
      <p id={questionId}>{question}</p>
      <div className="button-row">
        <button ref={confirmRef} type="button" className="button danger" aria-describedby={questionId} disabled={pending} onClick={onConfirm}>
          {pending ? t('shared.working') : confirmLabel}
        </button>
        <button type="button" className="button secondary" disabled={pending} onClick={() => setAsking(false)}>
          {t('shared.cancel')}
        </button>
      </div>
    </div>
  );
}
