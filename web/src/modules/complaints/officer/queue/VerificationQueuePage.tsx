/**
 * The admin desk's queue: complaints waiting to be verified (new, or returned by an OPD), oldest
 * first, because the oldest is the nearest to its time limit; and those waiting on the reporter.
 */
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { useStaffList } from '../api';
import { ComplaintList } from '../components/ComplaintList';
import { StatusTabs, useTab } from '../components/StatusTabs';
import { usePageParam } from '../components/usePageParam';
import '../officer.css';

const FILTERS: Record<string, string> = { verify: 'submitted,returned', waiting: 'postponed' };

export default function VerificationQueuePage() {
  const { t } = useTranslation('officer');
  useDocumentTitle(t('queue.title'));
  const tabs = [
    { key: 'verify', label: t('queue.tabVerify') },
    { key: 'waiting', label: t('queue.tabWaiting') },
  ];
  const tab = useTab(tabs);
  const [page, setPage] = usePageParam();
  const query = useStaffList({ status: FILTERS[tab], sort: 'oldest' }, page);
  return (
    <main id="main" className="page officer-page">
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.intro')}</p>
      <StatusTabs tabs={tabs} current={tab} label={t('queue.tabsLabel')} />
      <ComplaintList query={query} caption={t('queue.caption')} emptyTitle={tab === 'verify' ? t('queue.empty') : t('queue.emptyWaiting')} onPage={setPage} />
    </main>
  );
}
