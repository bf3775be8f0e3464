/** Issuing a token: a name to recognise it by, its scopes, the account it acts as, and an optional end. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSite } from '../../../api/site';
import { useSession } from '../../../auth/session';
import { cityDay } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../components/errors';
import { type ApiToken, SCOPES, type Scope, useCreateToken } from './api';
import { endOfCityDay } from './cityTime';
import { OwnerPicker } from './OwnerPicker';

interface Props {
  onCreated: (token: ApiToken, secret: string) => void;
  onCancel: () => void;
}

export function TokenForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const create = useCreateToken();
  const me = useSession().data;
  const timeZone = useSite().data?.timeZone ?? 'Asia/Jakarta';
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const [userId, setUserId] = useState(me?.id ?? '');
  const [expires, setExpires] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const err = (field: string) => fieldError(create.error, field);

  const toggle = (scope: Scope, on: boolean) => setScopes((prev) => (on ? [...prev, scope] : prev.filter((s) => s !== scope)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { userId, name: name.trim(), scopes: SCOPES.filter((s) => scopes.includes(s)), expiresAt: expires ? endOfCityDay(expires, timeZone) : null },
      { onSuccess: (answer) => onCreated(answer.info, answer.token) },
    );
  };

  return (
    <section className="card form-card" aria-labelledby="token-create-title">
      <h2 id="token-create-title" ref={heading} tabIndex={-1}>
        {t('tokens.form.title')}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <Field id="token-name" label={t('tokens.fields.name')} hint={t('tokens.fields.nameHint')} error={err('name')}>
          {(c) => <input {...c} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <fieldset aria-describedby={err('scopes') ? 'token-scopes-error' : undefined}>
          <legend>{t('tokens.fields.scopes')}</legend>
          {SCOPES.map((s) => (
            <div className="choice" key={s}>
              <input type="checkbox" id={`token-scope-${s}`} checked={scopes.includes(s)} onChange={(e) => toggle(s, e.target.checked)} />
              <label htmlFor={`token-scope-${s}`}>
                <strong>{t(`scopes.${s}`)}</strong> — {t(`scopeHelp.${s}`)}
              </label>
            </div>
          ))}
          {(err('scopes') || scopes.length === 0) && (
            <p id="token-scopes-error" className="field-error">
              {err('scopes') ?? t('tokens.fields.scopesNeeded')}
            </p>
          )}
        </fieldset>
        <OwnerPicker value={userId} onChange={setUserId} error={err('userId')} />
        <Field id="token-expires" label={t('tokens.fields.expires')} hint={t('tokens.fields.expiresHint')} error={err('expiresAt')}>
          {(c) => <input {...c} type="date" min={cityDay(new Date())} value={expires} onChange={(e) => setExpires(e.target.value)} />}
        </Field>
        <ErrorMessage error={create.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending || scopes.length === 0 || !userId}>
            {create.isPending ? t('shared.saving') : t('tokens.form.submit')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
