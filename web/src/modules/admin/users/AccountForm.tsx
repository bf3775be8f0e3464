/** An account's name, phone and language; the email is the sign-in name and stays as created. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../components/errors';
import { changedFields, orNull } from '../components/forms';
import { useUpdateUser } from './api';
import type { UserRecord } from './types';

export function AccountForm({ user, onSaved }: { user: UserRecord; onSaved: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const update = useUpdateUser(user.id);
  const [name, setName] = useState(user.name);
  const [phone, setPhone] = useState(user.phone ?? '');
  const [locale, setLocale] = useState(user.locale);
  const err = (field: string) => fieldError(update.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = changedFields({ name: user.name, phone: user.phone, locale: user.locale }, { name: name.trim(), phone: orNull(phone), locale });
    if (Object.keys(changes).length === 0) {
      onSaved(t('shared.nothingChanged'));
      return;
    }
    update.mutate(changes, { onSuccess: () => onSaved(t('users.detail.saved')) });
  };

  return (
    <section className="card form-card" aria-labelledby="account-title">
      <h3 id="account-title">{t('users.detail.accountTitle')}</h3>
      <form className="form" onSubmit={submit} noValidate>
        <p className="hint">{t('users.detail.emailFixed', { email: user.email })}</p>
        <div className="grid three">
          <Field id="account-name" label={t('users.fields.name')} error={err('name')}>
            {(c) => <input {...c} required value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field id="account-phone" label={t('users.fields.phone')} error={err('phone')}>
            {(c) => <input {...c} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}
          </Field>
          <Field id="account-locale" label={t('users.fields.locale')} error={err('locale')}>
            {(c) => (
              <select {...c} value={locale} onChange={(e) => setLocale(e.target.value as 'id' | 'en')}>
                <option value="id">{t('locales.id')}</option>
                <option value="en">{t('locales.en')}</option>
              </select>
            )}
          </Field>
        </div>
        <ErrorMessage error={update.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('shared.saving') : t('shared.saveChanges')}
          </button>
        </div>
      </form>
    </section>
  );
}
