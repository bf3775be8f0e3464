/** Deactivating ends every session of the account at once; the server keeps the last admin active. */
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/feedback';
import { ConfirmButton } from '../components/ConfirmButton';
import { useUpdateUser } from './api';
import type { UserRecord } from './types';

export function StatusSection({ user, onChanged }: { user: UserRecord; onChanged: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const update = useUpdateUser(user.id);
  return (
    <section className="card form-card" aria-labelledby="status-title">
      <h3 id="status-title">{t('users.status.title')}</h3>
      <p>{user.active ? t('users.status.activeText') : t('users.status.inactiveText')}</p>
      <ErrorMessage error={update.error} />
      {user.active ? (
        <ConfirmButton
          className="button danger"
          label={t('users.status.deactivate')}
          question={t('users.status.deactivateQuestion', { name: user.name })}
          confirmLabel={t('users.status.deactivateConfirm')}
          pending={update.isPending}
          onConfirm={() => update.mutate({ active: false }, { onSuccess: () => onChanged(t('users.status.deactivated')) })}
        />
      ) : (
        <button
          type="button"
          className="button"
          disabled={update.isPending}
          onClick={() => update.mutate({ active: true }, { onSuccess: () => onChanged(t('users.status.reactivated')) })}
        >
          {update.isPending ? t('shared.saving') : t('users.status.reactivate')}
        </button>
      )}
    </section>
  );
}
