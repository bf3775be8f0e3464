/**
 * Data sektoral OPD (/konsol/data), the producer's desk: the datasets of the OPD's produsen data
 * by stage (drafts and returned ones, those with the walidata, those published), each with its
 * status and whether its data is late; and the way to a new dataset.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { Pagination } from '../../../ui/Pagination';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { AdminTable } from '../../admin/components/AdminTable';
import { StatusTabs, useTab } from '../../complaints/officer/components/StatusTabs';
import { usePageParam } from '../../complaints/officer/components/usePageParam';
import '../../complaints/officer/officer.css';
import { useDatasetSearch } from '../shared/api';
import { DatasetStatusBadge, FreshnessBadge } from '../shared/badges';
import '../shared/opendata.css';
import type { DatasetStatus } from '../shared/types';
import { useOwnProducers } from './ownProducers';

const PAGE_SIZE = 25;

/** The tabs and the statuses each one lists. */
const STAGES: Record<string, DatasetStatus[]> = {
  all: [],
  draft: ['DRAFT', 'DITOLAK', 'DIBATALKAN'],
  review: ['MENUNGGU_PERSETUJUAN', 'DISETUJUI'],
  published: ['DITAYANGKAN', 'TIDAK_DITAYANGKAN'],
};

export default function ProducerDatasetsPage() {
  const { t } = useTranslation('opendata');
  useDocumentTitle(t('console.title'));
  const producers = useOwnProducers();
  const tabs = Object.keys(STAGES).map((key) => ({ key, label: t(`console.tab.${key}`) }));
  const tab = useTab(tabs);
  const [page, setPage] = usePageParam();
  const names = producers.items.map((p) => p.name);
  const list = useDatasetSearch(
    { includePrivate: true, producer: names, status: STAGES[tab], sort: 'updated_desc', page, pageSize: PAGE_SIZE },
    names.length > 0,
  );

  return (
    <main id="main" className="page officer-page">
      <div className="section-head">
        <h1>{t('console.title')}</h1>
        {producers.items.length > 0 && (
          <Link className="button" to="/konsol/data/baru">
            {t('console.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('console.intro')}</p>
      {producers.isPending ? (
        <Loading />
      ) : producers.isError ? (
        <ErrorMessage error={producers.error} />
      ) : producers.items.length === 0 ? (
        <EmptyState title={t('console.noProducer')}>
          <p>{t('console.noProducerText')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="hint">{t('console.producers', { names: producers.items.map((p) => p.title).join(', ') })}</p>
          <StatusTabs tabs={tabs} current={tab} label={t('console.tabsLabel')} />
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <ErrorMessage error={list.error} />
          ) : (
            <>
              <p className="hint" role="status">
                {list.isFetching ? t('console.refreshing') : t('console.count', { count: list.data.total, n: formatNumber(list.data.total) })}
              </p>
              {list.data.items.length === 0 ? (
                <EmptyState title={t(`console.empty.${tab}`)}>
                  <p>{t('console.emptyText')}</p>
                </EmptyState>
              ) : (
                <AdminTable
                  caption={t(`console.tab.${tab}`)}
                  columns={[t('console.col.title'), t('console.col.producer'), t('console.col.status'), t('console.col.freshness'), t('console.col.updated')]}
                >
                  {list.data.items.map((d) => (
                    <tr key={d.id}>
                      <td>
                        <Link to={`/konsol/data/dataset/${encodeURIComponent(d.name)}`}>{d.title}</Link>
                        <span className="cell-sub">{d.name}</span>
                      </td>
                      <td>{d.producer.title}</td>
                      <td>
                        <DatasetStatusBadge status={d.status} />
                      </td>
                      <td>
                        {d.overdue ? (
                          <FreshnessBadge dataset={d} />
                        ) : d.nextDueOn ? (
                          t('console.nextDue', { date: formatDate(d.nextDueOn) })
                        ) : (
                          <span className="hint">{t(`frequency.${d.frequency}`)}</span>
                        )}
                      </td>
                      <td>{formatDateTime(d.updatedAt)}</td>
                    </tr>
                  ))}
                </AdminTable>
              )}
              <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
            </>
          )}
        </>
      )}
    </main>
  );
}
