/**
 * One complaint for staff: what it says, who filed it (when allowed), where, its whole history,
 * its time limit, and the steps this user may take now. After a step the page reads the complaint
 * again and announces where it stands.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../../api/problem';
import { EmptyState, ErrorMessage, Loading, Notice } from '../../../../ui/feedback';
import { StatusBadge } from '../../../../ui/StatusBadge';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { type StatusAnswer, useStaffDetail } from '../api';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { ActionPanel } from './actions/ActionPanel';
import { type StepFeedback, StepFeedbackContext, type StepName } from './actions/useStep';
import { ComplaintFacts } from './ComplaintFacts';
import { PlaceSection } from './PlaceSection';
import { ReporterSection } from './ReporterSection';
import { Timeline } from './Timeline';
import '../officer.css';

/** A fresh page per complaint: moving from one complaint to another forgets the last one's forms and notices. */
export default function ComplaintDetailPage() {
  const { id = '' } = useParams();
  return <ComplaintDetail key={id} id={id} />;
}

function ComplaintDetail({ id }: { id: string }) {
  const { t } = useTranslation('officer');
  const detail = useStaffDetail(id);
  const [done, setDone] = useState<{ step: StepName; answer: StatusAnswer } | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const c = detail.data?.complaint;
  useDocumentTitle(c ? t('detail.title', { number: c.trackingNo }) : t('detail.titleLoading'));

  // The outcome shows under the heading, where the officer looks after the page is read again.
  const feedback = useMemo<StepFeedback>(
    () => ({
      done: (answer, step) => {
        setConflict(null);
        setDone({ step, answer });
        window.scrollTo({ top: 0, behavior: 'smooth' });
      },
      conflict: (error) => {
        setDone(null);
        setConflict(error);
        window.scrollTo({ top: 0, behavior: 'smooth' });
      },
    }),
    [],
  );

  if (detail.isPending) {
    return (
      <main id="main" className="page officer-page">
        <h1>{t('detail.titleLoading')}</h1>
        <Loading />
      </main>
    );
  }
  if (!detail.data) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <main id="main" className="page officer-page">
        <h1>{missing ? t('detail.notFound') : t('detail.titleLoading')}</h1>
        {missing ? (
          <EmptyState title={t('detail.notFoundText')}>
            <Link to="/konsol/aduan">{t('detail.backToSearch')}</Link>
          </EmptyState>
        ) : (
          <ErrorMessage error={detail.error} />
        )}
      </main>
    );
  }

  const complaint = detail.data.complaint;
  return (
    <main id="main" className="page officer-page">
      <p className="no-print">
        <Link to="/konsol/aduan">{t('detail.backToSearch')}</Link>
      </p>
      <h1>{t('detail.title', { number: complaint.trackingNo })}</h1>
      <div className="officer-heading-badges">
        <StatusBadge status={complaint.status} label={complaint.statusLabel} />
        <DeadlineBadge deadline={complaint.deadline} />
        <span className="badge">{t(`common:kind.${complaint.kind}`)}</span>
        <span className="badge">{t(`common:privacy.${complaint.privacy}`)}</span>
      </div>
      {done && (
        <Notice tone="success">
          <p>
            {done.step === 'notes'
              ? t('done.note', { number: done.answer.trackingNo })
              : t('done.step', { number: done.answer.trackingNo, status: t(`status.${done.answer.status}`) })}
          </p>
        </Notice>
      )}
      <ErrorMessage error={conflict} />
      {/* A failed re-read after a step: the page still shows what it last knew. */}
      <ErrorMessage error={detail.error} />
      <div className="grid two">
        <ComplaintFacts detail={detail.data} />
        <div>
          <ReporterSection complaint={complaint} />
          <PlaceSection complaint={complaint} />
        </div>
      </div>
      <StepFeedbackContext.Provider value={feedback}>
        <ActionPanel detail={detail.data} />
      </StepFeedbackContext.Provider>
      <Timeline events={detail.data.timeline} />
    </main>
  );
}
