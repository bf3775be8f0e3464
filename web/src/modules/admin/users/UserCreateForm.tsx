/**
 * A new account. The server sets no password of its own: the admin types or generates one to pass
 * on, or leaves it blank and the person sets it through the reset mail (sent from the account page).
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../auth/session';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../components/errors';
import { orNull, randomPassword } from '../components/forms';
import { type NewUser, useCreateUser } from './api';
import { RoleFields } from './RoleFields';
import type { UserRecord } from './types';

interface Props {
  onCreated: (user: UserRecord, password: string | null) => void;
  onCancel: () => void;
}

export function UserCreateForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const create = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [locale, setLocale] = useState<'id' | 'en'>('id');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [opdId, setOpdId] = useState('');
  const err = (field: string) => fieldError(create.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: NewUser = { name: name.trim(), email: email.trim(), phone: orNull(phone), locale };
    if (password) input.password = password;
    if (role) input.roles = [{ role, opdId: opdId || null }];
    create.mutate(input, { onSuccess: (user) => onCreated(user, password || null) });
  };

  return (
    <section className="card form-card" aria-labelledby="user-create-title">
      <h2 id="user-create-title">{t('users.create.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="grid two">
          <Field id="user-name" label={t('users.fields.name')} error={err('name')}>
            {(c) => <input {...c} required autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field id="user-email" label={t('users.fields.email')} hint={t('users.fields.emailHint')} error={err('email')}>
            {(c) => <input {...c} type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Field id="user-phone" label={t('users.fields.phone')} error={err('phone')}>
            {(c) => <input {...c} type="tel" autoComplete="off" value={phone} onChange={(e) => setPhone(e.target.value)} />}
          </Field>
          <Field id="user-locale" label={t('users.fields.locale')} hint={t('users.fields.localeHint')} error={err('locale')}>
            {(c) => (
              <select {...c} value={locale} onChange={(e) => setLocale(e.target.value as 'id' | 'en')}>
                <option value="id">{t('locales.id')}</option>
                <option value="en">{t('locales.en')}</option>
              </select>
            )}
          </Field>
        </div>
        <Field id="user-password" label={t('users.fields.initialPassword')} hint={t('users.fields.initialPasswordHint')} error={err('password')}>
          {(c) => (
            <div className="button-row">
              <input
                {...c}
                type="text"
                autoComplete="new-password"
                spellCheck={false}
                className="secret-value"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <button type="button" className="button secondary" onClick={() => setPassword(randomPassword())}>
                {t('users.fields.generatePassword')}
              </button>
            </div>
          )}
        </Field>
        <fieldset>
          <legend>{t('users.create.firstRole')}</legend>
          <RoleFields
            idPrefix="user-create"
            role={role}
            opdId={opdId}
            onRole={setRole}
            onOpd={setOpdId}
            noRoleLabel={t('users.create.noRole')}
            roleError={err('roles')}
            opdError={err('opdId')}
          />
        </fieldset>
        <ErrorMessage error={create.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('shared.saving') : t('users.create.submit')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
