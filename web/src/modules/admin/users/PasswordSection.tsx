/**
 * Getting someone back in: set a password by hand (which also lifts a lock after failed sign-ins
 * and signs the account out everywhere), or mail them the one-hour reset link.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { CopyButton } from '../../../ui/CopyButton';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../components/errors';
import { randomPassword } from '../components/forms';
import { useSendResetLink, useSetPassword } from './api';
import type { UserRecord } from './types';

export function PasswordSection({ user, onChanged }: { user: UserRecord; onChanged: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const setPassword = useSetPassword(user.id);
  const sendLink = useSendResetLink();
  const [password, setValue] = useState('');
  // Kept after saving so the admin can still copy what they set; cleared when they type again.
  const [saved, setSaved] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPassword.mutate(password, {
      onSuccess: () => {
        setSaved(password);
        setValue('');
        onChanged(t('users.password.saved'));
      },
    });
  };

  return (
    <section className="card form-card" aria-labelledby="password-title">
      <h3 id="password-title">{t('users.password.title')}</h3>
      {user.lockedUntil && (
        <div className="alert alert-warning">
          <p>{t('users.password.locked', { time: formatDateTime(user.lockedUntil) })}</p>
        </div>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <Field id="set-password" label={t('users.password.new')} hint={t('users.password.hint')} error={fieldError(setPassword.error, 'password')}>
          {(c) => (
            <div className="button-row">
              <input
                {...c}
                type="text"
                autoComplete="new-password"
                spellCheck={false}
                className="secret-value"
                value={password}
                onChange={(e) => {
                  setValue(e.target.value);
                  setSaved(null);
                }}
              />
              <button type="button" className="button secondary" onClick={() => setValue(randomPassword())}>
                {t('users.fields.generatePassword')}
              </button>
            </div>
          )}
        </Field>
        {saved && (
          <p>
            {t('users.password.passOn')} <code className="secret-value">{saved}</code> <CopyButton text={saved} />
          </p>
        )}
        <ErrorMessage error={setPassword.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={setPassword.isPending || password === ''}>
            {setPassword.isPending ? t('shared.saving') : user.lockedUntil ? t('users.password.saveAndUnlock') : t('users.password.save')}
          </button>
        </div>
      </form>
      <h4>{t('users.password.mailTitle')}</h4>
      <p className="hint">{t('users.password.mailHint', { email: user.email })}</p>
      <ErrorMessage error={sendLink.error} />
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          disabled={sendLink.isPending || !user.active}
          onClick={() => sendLink.mutate(user.email, { onSuccess: (answer) => onChanged(answer.message) })}
        >
          {sendLink.isPending ? t('shared.working') : t('users.password.sendLink')}
        </button>
      </div>
    </section>
  );
}
