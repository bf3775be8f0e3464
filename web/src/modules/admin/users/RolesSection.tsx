/** The roles an account holds, each revocable after a confirmation, and a form to grant another. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../auth/session';
import { formatDate } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { ConfirmButton } from '../components/ConfirmButton';
import { fieldError } from '../components/errors';
import { useGrantRole, useRevokeRole } from './api';
import { RoleFields } from './RoleFields';
import type { UserRecord } from './types';
import { useRoleLabel } from './UserBadges';

export function RolesSection({ user, onChanged }: { user: UserRecord; onChanged: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const label = useRoleLabel();
  const grant = useGrantRole(user.id);
  const revoke = useRevokeRole(user.id);
  const [role, setRole] = useState<Role | ''>('');
  const [opdId, setOpdId] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!role) return;
    grant.mutate(
      { role, opdId: opdId || null },
      {
        onSuccess: () => {
          onChanged(t('users.roles.granted', { role: label({ role, opdId: opdId || null }) }));
          setRole('');
          setOpdId('');
        },
      },
    );
  };

  return (
    <section className="card form-card" aria-labelledby="roles-title">
      <h3 id="roles-title">{t('users.roles.title')}</h3>
      {user.roles.length === 0 ? (
        <p>{t('users.noRoles')}</p>
      ) : (
        <ul className="plain-list">
          {user.roles.map((g) => (
            <li key={g.id}>
              <span>
                <strong>{label(g)}</strong> <span className="hint">{t('users.roles.since', { date: formatDate(g.grantedAt) })}</span>
              </span>
              <ConfirmButton
                label={t('users.roles.revoke')}
                question={t('users.roles.revokeQuestion', { role: label(g), name: user.name })}
                confirmLabel={t('users.roles.revokeConfirm')}
                pending={revoke.isPending}
                onConfirm={() => revoke.mutate(g.id, { onSuccess: () => onChanged(t('users.roles.revoked', { role: label(g) })) })}
              />
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={revoke.error} />
      <form className="form" onSubmit={submit} noValidate>
        <h4>{t('users.roles.grantTitle')}</h4>
        <div className="grid two">
          <RoleFields
            idPrefix="grant"
            role={role}
            opdId={opdId}
            onRole={setRole}
            onOpd={setOpdId}
            noRoleLabel={t('users.roles.chooseRole')}
            roleError={fieldError(grant.error, 'role')}
            opdError={fieldError(grant.error, 'opdId')}
          />
        </div>
        <ErrorMessage error={grant.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={grant.isPending || !role}>
            {grant.isPending ? t('shared.saving') : t('users.roles.grant')}
          </button>
        </div>
      </form>
    </section>
  );
}
