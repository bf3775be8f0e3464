/**
 * One quarterly report (/konsol/kinerja/laporan/:id). The OPD enters each realization with a note,
 * attaches evidence and submits; a reviewer verifies or returns it; everyone who may read it sees
 * the figures, the achievements and the review history. A returned report shows why at the top.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { useSession } from '../../../auth/session';
import { formatDateTime } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading, Notice } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { StatusLine } from '../../admin/components/StatusLine';
import '../../complaints/officer/officer.css';
import { dayText } from '../shared/figures';
import { reportsForOpd, reviewsReports } from '../shared/roles';
import { ReportStatusBadge } from '../shared/StatusBadges';
import '../shared/performance.css';
import type { Report } from '../shared/types';
import { useReport } from './api';
import { IndicatorCard } from './IndicatorCard';
import { ReviewHistory } from './ReviewHistory';
import { ReviewPanel } from './ReviewPanel';
import { SubmitPanel } from './SubmitPanel';

export default function ReportPage() {
  const { id = '' } = useParams();
  return <ReportDetail key={id} id={id} />;
}

function ReportDetail({ id }: { id: string }) {
  const { t } = useTranslation('performance');
  const session = useSession();
  const report = useReport(id);
  const [message, setMessage] = useState<string | null>(null);
  const r = report.data;
  const title = r ? t('report.title', { quarter: r.quarterName, year: r.year, opd: r.opd ?? '' }) : t('report.titleLoading');
  useDocumentTitle(title);

  if (!r) {
    const missing = report.error instanceof ApiError && report.error.status === 404;
    return (
      <main id="main" className="page officer-page">
        <h1>{missing ? t('report.notFound') : title}</h1>
        {report.isPending ? <Loading /> : missing ? <EmptyState title={t('report.notFoundText')} /> : <ErrorMessage error={report.error} />}
      </main>
    );
  }

  const ownOpd = reportsForOpd(session.data, r.opdId);
  const editable = ownOpd && (r.status === 'draft' || r.status === 'returned') && r.targetsAgreed;
  const back = ownOpd
    ? `/konsol/kinerja/laporan?periode=${r.periodId}`
    : reviewsReports(session.data)
      ? '/konsol/kinerja/verifikasi'
      : `/konsol/kinerja?periode=${r.periodId}&tw=${r.quarter}&opd=${r.opdId}`;

  return (
    <main id="main" className="page officer-page">
      <p className="no-print">
        <Link to={back}>{t('report.back')}</Link>
      </p>
      <h1>{title}</h1>
      <div className="officer-heading-badges">
        <ReportStatusBadge status={r.status} />
        {r.overdue && <span className="badge overdue">{t('opdReports.overdue')}</span>}
      </div>
      <StatusLine message={message} />
      <ErrorMessage error={report.error} />
      {r.status === 'returned' && <ReturnedNotice report={r} />}
      {!r.targetsAgreed && (
        <Notice tone="warning">
          <p>{t('report.targetsNotAgreed')}</p>
        </Notice>
      )}
      <dl className="officer-facts">
        <dt>{t('report.due')}</dt>
        <dd>{dayText(r.dueDate)}</dd>
        <dt>{t('report.submitted')}</dt>
        <dd>{r.submittedAt ? t('report.byAt', { name: r.submittedBy?.name ?? '—', at: formatDateTime(r.submittedAt) }) : t('report.notYet')}</dd>
        <dt>{t('report.verified')}</dt>
        <dd>{r.verifiedAt ? t('report.byAt', { name: r.verifiedBy?.name ?? '—', at: formatDateTime(r.verifiedAt) }) : t('report.notYet')}</dd>
      </dl>
      <h2>{t('report.indicators')}</h2>
      {editable && <p className="hint">{t('report.editHint')}</p>}
      {r.indicators.length === 0 ? (
        <EmptyState title={t('report.noIndicators')} />
      ) : (
        r.indicators.map((line) => <IndicatorCard key={line.indicatorId} reportId={r.id} line={line} editable={editable} onDone={setMessage} />)
      )}
      {editable && <SubmitPanel reportId={r.id} onDone={setMessage} />}
      {r.status === 'submitted' && reviewsReports(session.data) && <ReviewPanel reportId={r.id} onDone={setMessage} />}
      <ReviewHistory reviews={r.reviews} />
    </main>
  );
}

/** Why the report came back, from the latest return: what the OPD reads first. */
function ReturnedNotice({ report }: { report: Report }) {
  const { t } = useTranslation('performance');
  const last = [...report.reviews].reverse().find((x) => x.decision === 'returned');
  if (!last) return null;
  return (
    <Notice tone="warning">
      <p>
        <strong>{t('report.returnedBy', { name: last.reviewer?.name ?? t('history.someone'), at: formatDateTime(last.reviewedAt) })}</strong>
      </p>
      {last.comment && <p className="officer-description">{last.comment}</p>}
    </Notice>
  );
}
