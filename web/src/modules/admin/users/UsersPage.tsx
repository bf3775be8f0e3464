/**
 * Users and roles (/admin/pengguna): the list of accounts, a form for a new one, and one account's
 * page (?pengguna=<id>) to change its data, roles, password and state.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../components/admin.css';
import { usePageParams } from '../components/usePageParams';
import { UserCreateForm } from './UserCreateForm';
import { UserDetail } from './UserDetail';
import { UserList } from './UserList';

export default function UsersPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('users.title'));
  const params = usePageParams();
  const selected = params.get('pengguna');
  const [creating, setCreating] = useState(false);
  // The password an admin typed for a new account, shown once on its page and then forgotten.
  const [created, setCreated] = useState<{ id: string; password: string | null } | null>(null);

  return (
    <main id="main" className="page">
      <h1>{t('users.title')}</h1>
      {selected ? (
        <UserDetail
          key={selected}
          id={selected}
          backSearch={params.searchWith({ pengguna: null })}
          initialPassword={created?.id === selected ? created.password : null}
          onPasswordSeen={() => setCreated(null)}
        />
      ) : (
        <>
          <p className="admin-intro">{t('users.intro')}</p>
          {creating ? (
            <UserCreateForm
              onCancel={() => setCreating(false)}
              onCreated={(user, password) => {
                setCreating(false);
                setCreated({ id: user.id, password });
                params.set({ pengguna: user.id }, { keepPage: true });
              }}
            />
          ) : (
            <div className="button-row">
              <button type="button" className="button" onClick={() => setCreating(true)}>
                {t('users.create.open')}
              </button>
            </div>
          )}
          <UserList params={params} />
        </>
      )}
    </main>
  );
}
