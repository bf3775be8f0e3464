/**
 * An OPD's inbox: what has been sent to the OPD and not yet answered, by stage. The server shows an
 * officer only their own OPD's complaints; someone serving several OPDs may narrow to one.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { opdIdsOf, useSession } from '../../../../auth/session';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { useOpds } from '../../shared/hooks';
import { useStaffList } from '../api';
import { ComplaintList } from '../components/ComplaintList';
import { opdLabel } from '../components/opdLabel';
import { StatusTabs, useTab } from '../components/StatusTabs';
import { usePageParam } from '../components/usePageParam';
import '../officer.css';

const FILTERS: Record<string, string> = {
  all: 'dispositioned,accepted,in_progress,reopened',
  new: 'dispositioned',
  accepted: 'accepted',
  working: 'in_progress',
  reopened: 'reopened',
};

export default function InboxPage() {
  const { t } = useTranslation('officer');
  useDocumentTitle(t('inbox.title'));
  const session = useSession();
  const opds = useOpds();
  const myOpds = opdIdsOf(session.data);
  const [params, setParams] = useSearchParams();
  const opdId = myOpds.includes(params.get('opd') ?? '') ? (params.get('opd') ?? undefined) : undefined;
  const tabs = [
    { key: 'all', label: t('inbox.tabAll') },
    { key: 'new', label: t('inbox.tabNew') },
    { key: 'accepted', label: t('inbox.tabAccepted') },
    { key: 'working', label: t('inbox.tabWorking') },
    { key: 'reopened', label: t('inbox.tabReopened') },
  ];
  const tab = useTab(tabs);
  const [page, setPage] = usePageParam();
  const query = useStaffList({ status: FILTERS[tab], opdId }, page);
  const nameOf = (id: string) => {
    const opd = opds.data?.find((o) => o.id === id);
    return opd ? opdLabel(opd) : '';
  };

  const chooseOpd = (value: string) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.delete('page');
      if (value) copy.set('opd', value);
      else copy.delete('opd');
      return copy;
    });

  return (
    <main id="main" className="page officer-page">
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{myOpds.length === 1 && nameOf(myOpds[0]) ? t('inbox.introOne', { opd: nameOf(myOpds[0]) }) : t('inbox.intro')}</p>
      {myOpds.length > 1 && (
        <div className="field">
          <label htmlFor="inbox-opd">{t('inbox.opdLabel')}</label>
          <select id="inbox-opd" value={opdId ?? ''} onChange={(e) => chooseOpd(e.target.value)}>
            <option value="">{t('inbox.allMyOpds')}</option>
            {myOpds.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </select>
        </div>
      )}
      <StatusTabs tabs={tabs} current={tab} label={t('inbox.tabsLabel')} />
      <ComplaintList query={query} caption={t('inbox.caption')} emptyTitle={t('inbox.empty')} onPage={setPage} />
    </main>
  );
}
