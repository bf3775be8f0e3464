/**
 * API tokens (/admin/token): keys other systems use to call the API as an account, limited by
 * scope. The secret is shown once, right after issuing; a token can be revoked at any moment.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { Pagination } from '../../../ui/Pagination';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../components/admin.css';
import { AdminTable } from '../components/AdminTable';
import { ConfirmButton } from '../components/ConfirmButton';
import { QueryView } from '../components/QueryView';
import { SecretReveal } from '../components/SecretReveal';
import { StatusLine } from '../components/StatusLine';
import { usePageParams } from '../components/usePageParams';
import { type ApiToken, PAGE_SIZE, useOwnerNames, useRevokeToken, useTokens } from './api';
import { TokenForm } from './TokenForm';

function TokenState({ token }: { token: ApiToken }) {
  const { t } = useTranslation('admin');
  if (token.revokedAt) return <span className="badge state-bad">{t('tokens.state.revoked', { time: formatDateTime(token.revokedAt) })}</span>;
  if (token.expiresAt && new Date(token.expiresAt) < new Date()) return <span className="badge state-off">{t('tokens.state.expired')}</span>;
  return <span className="badge state-on">{t('tokens.state.active')}</span>;
}

export default function TokensPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('tokens.title'));
  const params = usePageParams();
  const includeRevoked = params.get('dicabut') === 'ya';
  const tokens = useTokens(includeRevoked, params.page);
  const ownerName = useOwnerNames((tokens.data?.items ?? []).map((tk) => tk.userId));
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ token: ApiToken; secret: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <main id="main" className="page">
      <h1>{t('tokens.title')}</h1>
      <p className="admin-intro">{t('tokens.intro')}</p>
      <StatusLine message={message} />
      {created && (
        <SecretReveal
          id="token-secret"
          title={t('tokens.secret.title', { name: created.token.name })}
          label={t('tokens.secret.label')}
          secret={created.secret}
          onDone={() => setCreated(null)}
        >
          <p>{t('tokens.secret.text')}</p>
        </SecretReveal>
      )}
      {creating ? (
        <TokenForm
          onCancel={() => setCreating(false)}
          onCreated={(token, secret) => {
            setCreating(false);
            setCreated({ token, secret });
          }}
        />
      ) : (
        !created && (
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                setMessage(null);
                setCreating(true);
              }}
            >
              {t('tokens.create')}
            </button>
          </div>
        )
      )}
      <section aria-labelledby="token-list-title">
        <h2 id="token-list-title">{t('tokens.listTitle')}</h2>
        <div className="filters">
          <div className="choice">
            <input id="tokens-revoked" type="checkbox" checked={includeRevoked} onChange={(e) => params.set({ dicabut: e.target.checked ? 'ya' : null })} />
            <label htmlFor="tokens-revoked">{t('tokens.includeRevoked')}</label>
          </div>
        </div>
        <ErrorMessage error={revoke.error} />
        <QueryView query={tokens} isEmpty={(d) => d.items.length === 0} emptyTitle={t('tokens.empty')} emptyText={t('tokens.emptyText')}>
          {(data) => (
            <>
              <p className="hint" role="status">
                {t('tokens.count', { count: data.total, n: formatNumber(data.total) })}
              </p>
              <AdminTable
                caption={t('tokens.listTitle')}
                columns={[
                  t('tokens.fields.name'),
                  t('tokens.fields.scopes'),
                  t('tokens.fields.owner'),
                  t('tokens.createdAt'),
                  t('tokens.lastUsed'),
                  t('tokens.state.title'),
                ]}
                actions
              >
                {data.items.map((tk) => (
                  <tr key={tk.id}>
                    <td>
                      {tk.name}
                      <span className="cell-sub">
                        <code>{tk.prefix}…</code>
                      </span>
                    </td>
                    <td>{tk.scopes.map((s) => t(`scopes.${s}`)).join(', ')}</td>
                    <td>{ownerName(tk.userId)}</td>
                    <td>{formatDateTime(tk.createdAt)}</td>
                    <td>{tk.lastUsedAt ? formatDateTime(tk.lastUsedAt) : t('tokens.neverUsed')}</td>
                    <td>
                      <TokenState token={tk} />
                      {tk.expiresAt && !tk.revokedAt && <span className="cell-sub">{t('tokens.expiresAt', { time: formatDateTime(tk.expiresAt) })}</span>}
                    </td>
                    <td>
                      {!tk.revokedAt && (
                        <ConfirmButton
                          className="button danger"
                          label={t('tokens.revoke')}
                          question={t('tokens.revokeQuestion', { name: tk.name })}
                          confirmLabel={t('tokens.revokeConfirm')}
                          pending={revoke.isPending}
                          onConfirm={() => revoke.mutate(tk.id, { onSuccess: () => setMessage(t('tokens.revoked', { name: tk.name })) })}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </AdminTable>
              <Pagination page={data.page} pageSize={PAGE_SIZE} total={data.total} onPage={params.setPage} />
            </>
          )}
        </QueryView>
      </section>
    </main>
  );
}
