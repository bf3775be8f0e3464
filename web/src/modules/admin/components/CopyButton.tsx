/**
 * Copies a text to the clipboard and says so. The clipboard API needs a secure context (HTTPS or
 * localhost); elsewhere the button says to copy by hand, and the text is in a selectable field.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation('admin');
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
        {label ?? t('shared.copy')}
      </button>
      <span role="status" className="hint">
        {state === 'copied' ? t('shared.copied') : state === 'failed' ? t('shared.copyFailed') : ''}
      </span>
    </span>
  );
}
