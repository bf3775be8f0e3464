/**
 * Copies a text to the clipboard and says so. The clipboard API needs a secure context (HTTPS or
 * localhost); elsewhere the button says to copy by hand, and the text stays selectable beside it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation('common');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="button secondary" onClick={copy}>
        {label ?? t('copy.action')}
      </button>
      <span role="status" className="hint">
        {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
