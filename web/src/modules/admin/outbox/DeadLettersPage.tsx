/**
 * Failed deliveries (/admin/antrean): mails, SMS replies, webhook calls and SP4N-LAPOR! forwards
 * that failed every retry. Once the cause is fixed (a mail server, a receiver's URL), send again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../components/admin.css';
import { AdminTable } from '../components/AdminTable';
import { StatusLine } from '../components/StatusLine';
import { useDeadLetters, useRetry } from './api';

const KNOWN_TOPICS = ['mail.send', 'sms.reply', 'complaint.webhook', 'lapor.forward', 'complaint.changed'];

export default function DeadLettersPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('deadLetters.title'));
  const dead = useDeadLetters();
  const retry = useRetry();
  const [message, setMessage] = useState<string | null>(null);
  const topic = (name: string) => (KNOWN_TOPICS.includes(name) ? t(`deadLetters.topics.${name.replace('.', '_')}`) : name);
  const items = dead.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <main id="main" className="page">
      <h1>{t('deadLetters.title')}</h1>
      <p className="admin-intro">{t('deadLetters.intro')}</p>
      <StatusLine message={message} />
      <ErrorMessage error={retry.error} />
      {dead.isPending ? (
        <Loading />
      ) : dead.isError ? (
        <ErrorMessage error={dead.error} />
      ) : items.length === 0 ? (
        <EmptyState title={t('deadLetters.empty')}>
          <p>{t('deadLetters.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="hint" role="status">
            {dead.hasNextPage
              ? t('deadLetters.countMore', { n: formatNumber(items.length) })
              : t('deadLetters.count', { count: items.length, n: formatNumber(items.length) })}
          </p>
          <AdminTable
            caption={t('deadLetters.caption')}
            columns={[
              t('deadLetters.id'),
              t('deadLetters.topic'),
              t('deadLetters.attempts'),
              t('deadLetters.lastError'),
              t('deadLetters.createdAt'),
              t('deadLetters.failedAt'),
            ]}
            actions
          >
            {items.map((d) => (
              <tr key={d.id}>
                <td>{d.id}</td>
                <td>
                  {topic(d.topic)}
                  <span className="cell-sub">
                    <code>{d.topic}</code>
                  </span>
                </td>
                <td>{formatNumber(d.attempts)}</td>
                <td className="wrap-anywhere">{d.lastError ?? '—'}</td>
                <td>{formatDateTime(d.createdAt)}</td>
                <td>{d.processedAt ? formatDateTime(d.processedAt) : '—'}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={retry.isPending}
                    aria-label={t('deadLetters.retryNamed', { id: d.id, topic: topic(d.topic) })}
                    onClick={() => retry.mutate(d.id, { onSuccess: () => setMessage(t('deadLetters.retried', { id: d.id })) })}
                  >
                    {retry.isPending && retry.variables === d.id ? t('shared.working') : t('deadLetters.retry')}
                  </button>
                </td>
              </tr>
            ))}
          </AdminTable>
          {dead.hasNextPage && (
            <div className="load-more">
              <button type="button" className="button secondary" disabled={dead.isFetchingNextPage} onClick={() => dead.fetchNextPage()}>
                {dead.isFetchingNextPage ? t('state.loading', { ns: 'common' }) : t('deadLetters.more')}
              </button>
            </div>
          )}
        </>
      )}
    </main>
  );
}
