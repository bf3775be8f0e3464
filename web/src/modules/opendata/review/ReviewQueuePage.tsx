/**
 * Verifikasi data (/konsol/data/verifikasi), the walidata's desk: the datasets producers have sent
 * and those approved but not yet published (the queue), and by tab the published and withdrawn
 * ones, each opening to its metadata, its data and the walidata's steps.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { Pagination } from '../../../ui/Pagination';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { AdminTable } from '../../admin/components/AdminTable';
import { StatusTabs, useTab } from '../../complaints/officer/components/StatusTabs';
import { usePageParam } from '../../complaints/officer/components/usePageParam';
import '../../complaints/officer/officer.css';
import { useDatasetSearch, useQueue } from '../shared/api';
import { DatasetStatusBadge, FreshnessBadge } from '../shared/badges';
import '../shared/opendata.css';
import type { DatasetStatus, DatasetView } from '../shared/types';

const PAGE_SIZE = 25;
const TABS = ['queue', 'DITAYANGKAN', 'TIDAK_DITAYANGKAN', 'DITOLAK'] as const;

function DatasetTable({ items, caption }: { items: DatasetView[]; caption: string }) {
  const { t } = useTranslation('opendata');
  return (
    <AdminTable caption={caption} columns={[t('console.col.title'), t('console.col.producer'), t('console.col.status'), t('console.col.updated')]} actions>
      {items.map((d) => (
        <tr key={d.id}>
          <td>
            {d.title}
            <span className="cell-sub">{d.name}</span>
          </td>
          <td>{d.producer.title}</td>
          <td>
            <DatasetStatusBadge status={d.status} /> <FreshnessBadge dataset={d} />
          </td>
          <td>{formatDateTime(d.updatedAt)}</td>
          <td>
            <Link to={`/konsol/data/verifikasi/${encodeURIComponent(d.name)}`} aria-label={t('queue.openNamed', { title: d.title })}>
              {t('queue.open')}
            </Link>
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}

export default function ReviewQueuePage() {
  const { t } = useTranslation('opendata');
  useDocumentTitle(t('queue.title'));
  const tabs = TABS.map((key) => ({ key, label: t(`queue.tab.${key}`) }));
  const tab = useTab(tabs);
  const [page, setPage] = usePageParam();
  const queue = useQueue();
  const others = useDatasetSearch({ includePrivate: true, status: [tab as DatasetStatus], sort: 'updated_desc', page, pageSize: PAGE_SIZE }, tab !== 'queue');

  return (
    <main id="main" className="page officer-page">
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.intro')}</p>
      <StatusTabs tabs={tabs} current={tab} label={t('queue.tabsLabel')} />
      {tab === 'queue' ? (
        queue.isPending ? (
          <Loading />
        ) : queue.isError ? (
          <ErrorMessage error={queue.error} />
        ) : (
          <>
            <p className="hint" role="status">
              {t('queue.count', { count: queue.data.length, n: formatNumber(queue.data.length) })}
            </p>
            {queue.data.length === 0 ? (
              <EmptyState title={t('queue.empty.queue')}>
                <p>{t('queue.emptyText')}</p>
              </EmptyState>
            ) : (
              <DatasetTable items={queue.data} caption={t('queue.tab.queue')} />
            )}
          </>
        )
      ) : others.isPending ? (
        <Loading />
      ) : others.isError ? (
        <ErrorMessage error={others.error} />
      ) : (
        <>
          <p className="hint" role="status">
            {others.isFetching ? t('console.refreshing') : t('queue.count', { count: others.data.total, n: formatNumber(others.data.total) })}
          </p>
          {others.data.items.length === 0 ? (
            <EmptyState title={t(`queue.empty.${tab}`)} />
          ) : (
            <DatasetTable items={others.data.items} caption={t(`queue.tab.${tab}`)} />
          )}
          <Pagination page={page} pageSize={PAGE_SIZE} total={others.data.total} onPage={setPage} />
        </>
      )}
    </main>
  );
}
