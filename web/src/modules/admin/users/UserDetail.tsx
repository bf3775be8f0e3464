/** One account: its data, roles, password and state, each changed on its own. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../i18n/format';
import { CopyButton } from '../../../ui/CopyButton';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { StatusLine } from '../components/StatusLine';
import { AccountForm } from './AccountForm';
import { useUser } from './api';
import { PasswordSection } from './PasswordSection';
import { RolesSection } from './RolesSection';
import { StatusSection } from './StatusSection';
import { UserStateBadge } from './UserBadges';

interface Props {
  id: string;
  backSearch: string;
  initialPassword: string | null;
  onPasswordSeen: () => void;
}

export function UserDetail({ id, backSearch, initialPassword, onPasswordSeen }: Props) {
  const { t } = useTranslation('admin');
  const user = useUser(id);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = !!user.data;
  // Arriving from the list or the create form, keyboard and screen-reader users land on the account.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const back = (
    <p>
      <Link to={{ search: backSearch }}>{t('users.detail.back')}</Link>
    </p>
  );
  if (user.isPending) return <Loading />;
  if (user.isError)
    return (
      <>
        {back}
        <ErrorMessage error={user.error} />
      </>
    );
  const u = user.data;
  return (
    <>
      {back}
      <h2 ref={heading} tabIndex={-1}>
        {u.name}
      </h2>
      <p>
        {u.email} · <UserStateBadge user={u} />
      </p>
      <p className="hint">
        {t('users.detail.created', { time: formatDateTime(u.createdAt) })}
        {' · '}
        {u.lastLoginAt ? t('users.detail.lastLogin', { time: formatDateTime(u.lastLoginAt) }) : t('users.list.neverLoggedIn')}
      </p>
      {initialPassword !== null && (
        <div className="alert alert-warning">
          <p>
            <strong>{t('users.detail.createdWithPassword')}</strong>
          </p>
          <p>
            <code className="secret-value">{initialPassword}</code> <CopyButton text={initialPassword} />
          </p>
          <button type="button" className="link-button" onClick={onPasswordSeen}>
            {t('users.detail.hidePassword')}
          </button>
        </div>
      )}
      <StatusLine message={message} />
      <AccountForm user={u} onSaved={setMessage} />
      <RolesSection user={u} onChanged={setMessage} />
      <PasswordSection user={u} onChanged={setMessage} />
      <StatusSection user={u} onChanged={setMessage} />
    </>
  );
}
