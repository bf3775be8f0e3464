/**
 * Laporan triwulan (/konsol/kinerja/laporan), the OPD's view: for a year, each quarter's report with
 * its due date and status, and a button to open the quarters not yet opened. Reports are made against
 * agreed targets, so until the year's offer is accepted the page says so and opens nothing.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { opdIdsOf, useSession } from '../../../auth/session';
import { ErrorMessage, Loading, Notice } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { AdminTable } from '../../admin/components/AdminTable';
import { useOpdName } from '../../admin/components/opds';
import '../../complaints/officer/officer.css';
import { useOffers } from '../offers/api';
import { dayText } from '../shared/figures';
import { PeriodPicker } from '../shared/PeriodPicker';
import { QUARTERS, quarterName, reportDueDate } from '../shared/quarters';
import { OfferStatusBadge, ReportStatusBadge } from '../shared/StatusBadges';
import { usePeriodChoice } from '../shared/usePeriodChoice';
import { YearGate } from '../shared/YearGate';
import '../shared/performance.css';
import type { Period, Quarter } from '../shared/types';
import { useOpenReport, useReports } from './api';

export default function OpdReportsPage() {
  const { t } = useTranslation('performance');
  useDocumentTitle(t('opdReports.title'));
  const session = useSession();
  const choice = usePeriodChoice();
  const opdName = useOpdName();
  const mine = opdIdsOf(session.data);
  const asked = choice.params.get('opd') ?? '';
  const opdId = mine.includes(asked) ? asked : (mine[0] ?? '');

  return (
    <main id="main" className="page officer-page">
      <h1>{t('opdReports.title')}</h1>
      <p className="lead">{t('opdReports.intro')}</p>
      <YearGate choice={choice}>
        <PeriodPicker idPrefix="reports" years={choice.years} period={choice.period} onPeriod={(id) => choice.setPeriod(id)} />
        {mine.length > 1 && (
          <div className="field perf-picker">
            <label htmlFor="reports-opd">{t('opdReports.opd')}</label>
            <select id="reports-opd" value={opdId} onChange={(e) => choice.set({ opd: e.target.value })}>
              {mine.map((id) => (
                <option key={id} value={id}>
                  {opdName(id)}
                </option>
              ))}
            </select>
          </div>
        )}
        {choice.period && opdId && <Quarters key={`${choice.period.id}-${opdId}`} period={choice.period} opdId={opdId} opdName={opdName(opdId)} />}
      </YearGate>
    </main>
  );
}

function Quarters({ period, opdId, opdName }: { period: Period; opdId: string; opdName: string }) {
  const { t } = useTranslation('performance');
  const navigate = useNavigate();
  const offers = useOffers({ periodId: period.id, opdId });
  const reports = useReports({ periodId: period.id, opdId }, 1, 4);
  const open = useOpenReport();
  const offer = offers.data?.[0];
  const accepted = offer?.status === 'accepted';
  const year = period.startYear;
  if (offers.isPending || reports.isPending) return <Loading />;
  if (offers.isError || reports.isError) return <ErrorMessage error={offers.error ?? reports.error} />;
  const byQuarter = new Map(reports.data.items.map((r) => [r.quarter, r]));
  const openQuarter = (quarter: Quarter) =>
    open.mutate({ periodId: period.id, opdId, quarter }, { onSuccess: (report) => navigate(`/konsol/kinerja/laporan/${report.id}`) });

  return (
    <section aria-labelledby="quarters-title">
      <h2 id="quarters-title">{t('opdReports.listTitle', { opd: opdName, year })}</h2>
      {!accepted && (
        <Notice tone="warning">
          <p>{offer ? t('opdReports.offerNotAccepted', { year }) : t('opdReports.noOffer', { year })}</p>
          {offer && (
            <p>
              <OfferStatusBadge status={offer.status} /> <Link to={`/konsol/kinerja/tawaran/${offer.id}`}>{t('opdReports.toOffer')}</Link>
            </p>
          )}
        </Notice>
      )}
      <ErrorMessage error={open.error} />
      <AdminTable
        caption={t('opdReports.listTitle', { opd: opdName, year })}
        columns={[t('opdReports.col.quarter'), t('opdReports.col.due'), t('opdReports.col.status')]}
        actions
      >
        {QUARTERS.map((q) => {
          const report = byQuarter.get(q);
          return (
            <tr key={q}>
              <th scope="row">{quarterName(q)}</th>
              <td>{dayText(report?.dueDate ?? reportDueDate(year, q))}</td>
              <td>
                <ReportStatusBadge status={report?.status ?? null} />
                {report?.overdue && <span className="badge overdue">{t('opdReports.overdue')}</span>}
              </td>
              <td>
                {report ? (
                  <Link to={`/konsol/kinerja/laporan/${report.id}`}>{t('opdReports.view', { quarter: quarterName(q) })}</Link>
                ) : (
                  <button type="button" className="button secondary" disabled={!accepted || open.isPending} onClick={() => openQuarter(q)}>
                    {t('opdReports.open', { quarter: quarterName(q) })}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </AdminTable>
    </section>
  );
}
