/**
 * "Which complaint?": the tracking number, checked here against the server's pattern so a typo is
 * named at once, and, for the reporter, the secret code from the receipt. A pasted private link
 * works too. The secret goes to this tab's storage, never into the address.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { normaliseTrackingNo, parsePrivateLink, rememberSecret } from './trackingNo';

/** The server refuses shorter secrets (complaint.schemas.ts), so a short one is a copying slip. */
export const MIN_SECRET_LENGTH = 10;

/** `askSecret` is off where a secret-code form is already on the page. */
export function TrackForm({ initialNumber = '', askSecret = true }: { initialNumber?: string; askSecret?: boolean }) {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  const id = useId();
  const numberInput = useRef<HTMLInputElement>(null);
  const secretInput = useRef<HTMLInputElement>(null);
  const [number, setNumber] = useState(initialNumber);
  const [secret, setSecret] = useState('');
  const [numberError, setNumberError] = useState<string | null>(null);
  const [secretError, setSecretError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const link = parsePrivateLink(number);
    const trackingNo = link?.trackingNo ?? normaliseTrackingNo(number);
    const code = secret.trim() || link?.secret || '';
    const badNumber = trackingNo ? null : number.trim() ? t('track.form.invalid') : t('track.form.required');
    const badSecret = code && code.length < MIN_SECRET_LENGTH ? t('track.secret.tooShort') : null;
    setNumberError(badNumber);
    setSecretError(badSecret);
    if (badNumber) return numberInput.current?.focus();
    if (badSecret) return secretInput.current?.focus();
    if (code && trackingNo) rememberSecret(trackingNo, code);
    navigate(`/lacak/${trackingNo}`);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-number`}>{t('track.form.number')}</label>
        <p className="hint" id={`${id}-number-hint`}>
          {t('track.form.numberHint')}
        </p>
        <input
          ref={numberInput}
          id={`${id}-number`}
          name="trackingNo"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          aria-invalid={numberError ? true : undefined}
          aria-describedby={`${id}-number-hint${numberError ? ` ${id}-number-error` : ''}`}
        />
        {numberError && (
          <p className="field-error" id={`${id}-number-error`} role="alert">
            {numberError}
          </p>
        )}
      </div>
      {askSecret && (
        <div className="field">
          <label htmlFor={`${id}-secret`}>{t('track.form.secret')}</label>
          <p className="hint" id={`${id}-secret-hint`}>
            {t('track.form.secretHint')}
          </p>
          <input
            ref={secretInput}
            id={`${id}-secret`}
            name="secret"
            autoComplete="off"
            spellCheck={false}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            aria-invalid={secretError ? true : undefined}
            aria-describedby={`${id}-secret-hint${secretError ? ` ${id}-secret-error` : ''}`}
          />
          {secretError && (
            <p className="field-error" id={`${id}-secret-error`} role="alert">
              {secretError}
            </p>
          )}
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          {t('track.form.submit')}
        </button>
      </div>
    </form>
  );
}
