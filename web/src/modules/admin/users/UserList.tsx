/** The accounts, searchable by name or email and filtered by role and state, a page at a time. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { Pagination } from '../../../ui/Pagination';
import { AdminTable } from '../components/AdminTable';
import { QueryView } from '../components/QueryView';
import type { usePageParams } from '../components/usePageParams';
import { PAGE_SIZE, useUsers } from './api';
import { ROLES } from './types';
import { RoleList, UserStateBadge } from './UserBadges';

export function UserList({ params }: { params: ReturnType<typeof usePageParams> }) {
  const { t } = useTranslation('admin');
  const filter = { q: params.get('q'), role: params.get('peran'), active: params.get('status'), page: params.page };
  const users = useUsers(filter);
  const [q, setQ] = useState(filter.q);
  const [role, setRole] = useState(filter.role);
  const [active, setActive] = useState(filter.active);

  const search = (event: FormEvent) => {
    event.preventDefault();
    params.set({ q: q.trim(), peran: role, status: active });
  };

  return (
    <section aria-labelledby="user-list-title">
      <h2 id="user-list-title">{t('users.list.title')}</h2>
      <form className="filters" onSubmit={search} aria-label={t('users.list.searchLabel')}>
        <div className="field">
          <label htmlFor="users-q">{t('users.list.q')}</label>
          <input id="users-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t('users.fields.role')}</label>
          <select id="users-role" value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">{t('users.list.anyRole')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-active">{t('users.list.state')}</label>
          <select id="users-active" value={active} onChange={(e) => setActive(e.target.value)}>
            <option value="">{t('users.list.anyState')}</option>
            <option value="true">{t('users.state.active')}</option>
            <option value="false">{t('users.state.inactive')}</option>
          </select>
        </div>
        <div>
          <button type="submit" className="button">
            {t('shared.search')}
          </button>
        </div>
      </form>
      <QueryView query={users} isEmpty={(d) => d.items.length === 0} emptyTitle={t('users.list.empty')} emptyText={t('users.list.emptyText')}>
        {(data) => (
          <>
            <p className="hint" role="status">
              {t('users.list.count', { count: data.total, n: formatNumber(data.total) })}
            </p>
            <AdminTable
              caption={t('users.list.caption')}
              columns={[t('users.fields.name'), t('users.list.roles'), t('users.list.state'), t('users.list.lastLogin')]}
              actions
            >
              {data.items.map((user) => (
                <tr key={user.id}>
                  <td>
                    {user.name}
                    <span className="cell-sub">{user.email}</span>
                  </td>
                  <td>
                    <RoleList roles={user.roles} />
                  </td>
                  <td>
                    <UserStateBadge user={user} />
                  </td>
                  <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.list.neverLoggedIn')}</td>
                  <td>
                    <Link to={{ search: params.searchWith({ pengguna: user.id }) }} aria-label={t('users.list.manageNamed', { name: user.name })}>
                      {t('users.list.manage')}
                    </Link>
                  </td>
                </tr>
              ))}
            </AdminTable>
            <Pagination page={data.page} pageSize={PAGE_SIZE} total={data.total} onPage={params.setPage} />
          </>
        )}
      </QueryView>
    </section>
  );
}
