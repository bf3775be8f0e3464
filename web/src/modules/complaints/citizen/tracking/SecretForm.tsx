/** For the reporter who has the secret code but not the private link: opens the page as the reporter. */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_SECRET_LENGTH } from './TrackForm';

export function SecretForm({ onSecret }: { onSecret: (secret: string) => void }) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = secret.trim();
    const problem = !code ? t('track.secret.required') : code.length < MIN_SECRET_LENGTH ? t('track.secret.tooShort') : null;
    setError(problem);
    if (!problem) onSecret(code);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-secret`}>{t('track.secret.label')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('track.secret.hint')}
        </p>
        <input
          id={`${id}-secret`}
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        />
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button secondary">
          {t('track.secret.submit')}
        </button>
      </div>
    </form>
  );
}
