/** An account's state and roles as words, not colour alone. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useOpdName } from '../components/opds';
import type { RoleGrant, UserRecord } from './types';

export function UserStateBadge({ user }: { user: UserRecord }) {
  const { t } = useTranslation('admin');
  if (!user.active) return <span className="badge state-off">{t('users.state.inactive')}</span>;
  if (user.lockedUntil) {
    return <span className="badge state-warn">{t('users.state.lockedUntil', { time: formatDateTime(user.lockedUntil) })}</span>;
  }
  return <span className="badge state-on">{t('users.state.active')}</span>;
}

export function useRoleLabel() {
  const { t } = useTranslation('admin');
  const opdName = useOpdName();
  return (grant: Pick<RoleGrant, 'role' | 'opdId'>) =>
    grant.opdId ? t('users.roleAtOpd', { role: t(`roles.${grant.role}`), opd: opdName(grant.opdId) }) : t(`roles.${grant.role}`);
}

export function RoleList({ roles }: { roles: RoleGrant[] }) {
  const { t } = useTranslation('admin');
  const label = useRoleLabel();
  if (roles.length === 0) return <span className="hint">{t('users.noRoles')}</span>;
  return (
    <ul className="badge-list">
      {roles.map((grant) => (
        <li key={grant.id} className="badge">
          {label(grant)}
        </li>
      ))}
    </ul>
  );
}
