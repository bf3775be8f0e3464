/**
 * Complaints past their time limit and still open. Officers see their own OPD's; the admin desk,
 * auditors and the leadership see the whole city and may narrow it to one OPD.
 */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { opdIdsOf, useSession } from '../../../../auth/session';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { useOpds } from '../../shared/hooks';
import { useStaffList } from '../api';
import { ComplaintList } from '../components/ComplaintList';
import { opdLabel } from '../components/opdLabel';
import { usePageParam } from '../components/usePageParam';
import '../officer.css';

export default function OverduePage() {
  const { t } = useTranslation('officer');
  useDocumentTitle(t('overdue.title'));
  const session = useSession();
  const opds = useOpds();
  const myOpds = opdIdsOf(session.data);
  const cityWide = session.data?.roles.some((r) => r.role === 'admin' || r.role === 'auditor' || r.role === 'eksekutif') ?? false;
  const choices = cityWide ? (opds.data ?? []) : (opds.data ?? []).filter((o) => myOpds.includes(o.id));
  const [params, setParams] = useSearchParams();
  const opdId = params.get('opd') || undefined;
  const [page, setPage] = usePageParam();
  const query = useStaffList({ overdue: true, opdId }, page);

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
      <h1>{t('overdue.title')}</h1>
      <p className="lead">{t('overdue.intro')}</p>
      {choices.length > 1 && (
        <div className="field">
          <label htmlFor="overdue-opd">{t('filters.opd')}</label>
          <select id="overdue-opd" value={opdId ?? ''} onChange={(e) => chooseOpd(e.target.value)}>
            <option value="">{cityWide ? t('filters.allOpds') : t('inbox.allMyOpds')}</option>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                {opdLabel(o)}
              </option>
            ))}
          </select>
        </div>
      )}
      <ComplaintList
        query={query}
        caption={t('overdue.caption')}
        emptyTitle={t('overdue.empty')}
        emptyText={<Link to="/konsol/aduan">{t('overdue.searchAll')}</Link>}
        onPage={setPage}
      />
    </main>
  );
}
