/**
 * Webhooks (/admin/webhook): an OPD's own systems that receive each change to its complaints as a
 * signed JSON POST. Admins see every OPD's; an OPD head sees and registers their own OPD's.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../../../auth/session';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../components/admin.css';
import { AdminTable } from '../components/AdminTable';
import { ConfirmButton } from '../components/ConfirmButton';
import { useOpdName } from '../components/opds';
import { QueryView } from '../components/QueryView';
import { SecretReveal } from '../components/SecretReveal';
import { StatusLine } from '../components/StatusLine';
import { useStopWebhook, useWebhooks, type Webhook } from './api';
import { WebhookForm } from './WebhookForm';

export default function WebhooksPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('webhooks.title'));
  const session = useSession();
  const user = session.data;
  // Only a head's own OPDs: an operator of another OPD cannot manage its webhooks (permissions.ts).
  const onlyOpds = hasRole(user, 'admin') ? undefined : (user?.roles ?? []).filter((g) => g.role === 'kepala_opd' && g.opdId).map((g) => g.opdId!);
  const webhooks = useWebhooks();
  const stop = useStopWebhook();
  const opdName = useOpdName();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ webhook: Webhook; secret: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <main id="main" className="page">
      <h1>{t('webhooks.title')}</h1>
      <p className="admin-intro">{t('webhooks.intro')}</p>
      <details className="admin-intro">
        <summary>{t('webhooks.howTitle')}</summary>
        <p>{t('webhooks.howHeaders')}</p>
        <p>{t('webhooks.howVerify')}</p>
        <p>{t('webhooks.howFailures')}</p>
      </details>
      <StatusLine message={message} />
      {created && (
        <SecretReveal
          id="webhook-secret"
          title={t('webhooks.secret.title', { url: created.webhook.url })}
          label={t('webhooks.secret.label')}
          secret={created.secret}
          onDone={() => setCreated(null)}
        >
          <p>{t('webhooks.secret.text')}</p>
        </SecretReveal>
      )}
      {creating ? (
        <WebhookForm
          onlyOpds={onlyOpds}
          onCancel={() => setCreating(false)}
          onCreated={(webhook, secret) => {
            setCreating(false);
            setCreated({ webhook, secret });
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
              {t('webhooks.create')}
            </button>
          </div>
        )
      )}
      <section aria-labelledby="webhook-list-title">
        <h2 id="webhook-list-title">{t('webhooks.listTitle')}</h2>
        <ErrorMessage error={stop.error} />
        <QueryView query={webhooks} isEmpty={(d) => d.length === 0} emptyTitle={t('webhooks.empty')} emptyText={t('webhooks.emptyText')}>
          {(items) => (
            <>
              <p className="hint" role="status">
                {t('webhooks.count', { count: items.length, n: formatNumber(items.length) })}
              </p>
              <AdminTable
                caption={t('webhooks.listTitle')}
                columns={[t('webhooks.fields.opd'), t('webhooks.fields.url'), t('webhooks.fields.description'), t('webhooks.createdAt')]}
                actions
              >
                {items.map((w) => (
                  <tr key={w.id}>
                    <td>{opdName(w.opdId)}</td>
                    <td className="wrap-anywhere">{w.url}</td>
                    <td>{w.description ?? '—'}</td>
                    <td>{formatDateTime(w.createdAt)}</td>
                    <td>
                      <ConfirmButton
                        className="button danger"
                        label={t('webhooks.stop')}
                        question={t('webhooks.stopQuestion', { url: w.url })}
                        confirmLabel={t('webhooks.stopConfirm')}
                        pending={stop.isPending}
                        onConfirm={() => stop.mutate(w.id, { onSuccess: () => setMessage(t('webhooks.stopped', { url: w.url })) })}
                      />
                    </td>
                  </tr>
                ))}
              </AdminTable>
            </>
          )}
        </QueryView>
      </section>
    </main>
  );
}
