/**
 * The account a token acts as: search by name or email, then choose. The signed-in admin is
 * offered first, since a token for one's own scripts is the common case.
 */
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/session';
import { Field } from '../../../ui/Field';
import { useAccountSearch } from './api';

interface Props {
  value: string;
  onChange: (userId: string) => void;
  error?: string;
}

export function OwnerPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation('admin');
  const me = useSession().data;
  const [q, setQ] = useState('');
  const accounts = useAccountSearch(useDeferredValue(q.trim()));
  const found = (accounts.data ?? []).filter((u) => u.id !== me?.id);
  const chosenMissing = value && value !== me?.id && !found.some((u) => u.id === value);

  return (
    <fieldset>
      <legend>{t('tokens.fields.owner')}</legend>
      <p className="hint">{t('tokens.fields.ownerHint')}</p>
      <div className="grid two">
        <div className="field">
          <label htmlFor="token-owner-q">{t('tokens.fields.ownerSearch')}</label>
          <input id="token-owner-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <Field id="token-owner" label={t('tokens.fields.ownerChoice')} error={error}>
          {(c) => (
            <select {...c} required value={value} onChange={(e) => onChange(e.target.value)}>
              <option value="">{accounts.isPending ? t('shared.loading') : t('tokens.fields.chooseOwner')}</option>
              {me && <option value={me.id}>{t('tokens.fields.me', { name: me.name, email: me.email })}</option>}
              {chosenMissing && <option value={value}>{t('tokens.fields.chosenEarlier')}</option>}
              {found.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
