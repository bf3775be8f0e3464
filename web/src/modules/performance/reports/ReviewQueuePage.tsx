/**
 * Verifikasi laporan (/konsol/kinerja/verifikasi), the reviewers' list: the reports submitted and
 * waiting for them, and by tab those returned to their OPD and those verified; latest due first.
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
import { dayText } from '../shared/figures';
import { ReportStatusBadge } from '../shared/StatusBadges';
import '../shared/performance.css';
import type { ReportStatus } from '../shared/types';
import { useReports } from './api';

const PAGE_SIZE = 25;

export default function ReviewQueuePage() {
  const { t } = useTranslation('performance');
  useDocumentTitle(t('queue.title'));
  const tabs = (['submitted', 'returned', 'verified'] as const).map((key) => ({ key, label: t(`queue.tab.${key}`) }));
  const tab = useTab(tabs) as ReportStatus;
  const [page, setPage] = usePageParam();
  const reports = useReports({ status: tab }, page, PAGE_SIZE);

  return (
    <main id="main" className="page officer-page">
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.intro')}</p>
      <StatusTabs tabs={tabs} current={tab} label={t('queue.tabsLabel')} />
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <ErrorMessage error={reports.error} />
      ) : (
        <>
          <p className="hint" role="status">
            {reports.isFetching ? t('queue.refreshing') : t('queue.count', { count: reports.data.total, n: formatNumber(reports.data.total) })}
          </p>
          {reports.data.items.length === 0 ? (
            <EmptyState title={t(`queue.empty.${tab}`)}>
              <p>{t('queue.emptyText')}</p>
            </EmptyState>
          ) : (
            <AdminTable
              caption={t(`queue.tab.${tab}`)}
              columns={[t('queue.col.opd'), t('queue.col.quarter'), t('queue.col.submitted'), t('queue.col.due'), t('queue.col.status')]}
              actions
            >
              {reports.data.items.map((r) => (
                <tr key={r.id}>
                  <td>{r.opd ?? r.opdId}</td>
                  <td>
                    {r.quarterName} {r.year}
                  </td>
                  <td>{r.submittedAt ? formatDateTime(r.submittedAt) : '—'}</td>
                  <td>{dayText(r.dueDate)}</td>
                  <td>
                    <ReportStatusBadge status={r.status} />
                  </td>
                  <td>
                    <Link to={`/konsol/kinerja/laporan/${r.id}`} aria-label={t('queue.openNamed', { opd: r.opd ?? '', quarter: r.quarterName, year: r.year })}>
                      {t('queue.open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </AdminTable>
          )}
          <Pagination page={reports.data.page} pageSize={reports.data.pageSize} total={reports.data.total} onPage={setPage} />
        </>
      )}
    </main>
  );
}
