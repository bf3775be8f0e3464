/**
 * One offer (/konsol/kinerja/tawaran/:id): its targets, the head's answer and the mayor's team's
 * decision; the step this user may take now (the head answers an open offer, the eksekutif decides
 * a counter-offer that asks less); and, once accepted, the pakta integritas and perjanjian kinerja.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { useSession } from '../../../auth/session';
import { formatDateTime } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading, Notice } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { useOpdName } from '../../admin/components/opds';
import '../../complaints/officer/officer.css';
import { usePeriods } from '../shared/api';
import { dayText } from '../shared/figures';
import { headsOpd, isEksekutif } from '../shared/roles';
import { OfferStatusBadge } from '../shared/StatusBadges';
import '../shared/performance.css';
import type { Offer } from '../shared/types';
import { AnswerForm } from './AnswerForm';
import { paktaIntegritasUrl, perjanjianKinerjaUrl, useOffer } from './api';
import { DecisionForm } from './DecisionForm';
import { OfferTargetsTable } from './OfferTargetsTable';

export default function OfferDetailPage() {
  const { id = '' } = useParams();
  return <OfferDetail key={id} id={id} />;
}

function OfferDetail({ id }: { id: string }) {
  const { t } = useTranslation('performance');
  const location = useLocation();
  const session = useSession();
  const offer = useOffer(id);
  const periods = usePeriods();
  const opdName = useOpdName();
  // A new offer arrives here from the form, which says so once.
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const o = offer.data;
  const year = periods.data?.find((p) => p.id === o?.periodId)?.startYear ?? '';
  const title = o ? t('offer.title', { opd: opdName(o.opdId), year }) : t('offer.titleLoading');
  useDocumentTitle(title);

  if (!o) {
    const missing = offer.error instanceof ApiError && offer.error.status === 404;
    return (
      <main id="main" className="page officer-page">
        <h1>{missing ? t('offer.notFound') : title}</h1>
        {offer.isPending ? <Loading /> : missing ? <EmptyState title={t('offer.notFoundText')} /> : <ErrorMessage error={offer.error} />}
        <p>
          <Link to="/konsol/kinerja/tawaran">{t('offer.back')}</Link>
        </p>
      </main>
    );
  }

  return (
    <main id="main" className="page officer-page">
      <p className="no-print">
        <Link to={`/konsol/kinerja/tawaran?periode=${o.periodId}`}>{t('offer.back')}</Link>
      </p>
      <h1>{title}</h1>
      <div className="officer-heading-badges">
        <OfferStatusBadge status={o.status} />
      </div>
      {message && (
        <Notice tone="success">
          <p>{message}</p>
        </Notice>
      )}
      <dl className="officer-facts">
        <dt>{t('offer.opd')}</dt>
        <dd>{opdName(o.opdId)}</dd>
        <dt>{t('offer.year')}</dt>
        <dd>{year}</dd>
        <dt>{t('offer.version')}</dt>
        <dd>{o.amendmentReason ? t('offer.versionAmended', { version: o.version, reason: o.amendmentReason }) : o.version}</dd>
        <dt>{t('offer.deadline')}</dt>
        <dd>{dayText(o.deadline)}</dd>
        <dt>{t('offer.status')}</dt>
        <dd>{t(`offerStatusText.${o.status}`, { defaultValue: o.status })}</dd>
      </dl>
      <h2>{t('offer.targetsTitle')}</h2>
      <OfferTargetsTable offer={o} />
      <AnswerRecord offer={o} />
      {o.status === 'accepted' && <Documents offer={o} />}
      {o.status === 'open' && headsOpd(session.data, o.opdId) && <AnswerForm offer={o} onDone={setMessage} />}
      {o.status === 'awaiting_approval' && isEksekutif(session.data) && <DecisionForm offer={o} onDone={setMessage} />}
    </main>
  );
}

function AnswerRecord({ offer }: { offer: Offer }) {
  const { t } = useTranslation('performance');
  const { answer, decision } = offer;
  if (!answer) return null;
  return (
    <section aria-labelledby="answer-title">
      <h2 id="answer-title">{t('offer.answerTitle')}</h2>
      <p>{t(`answerText.${answer.kind}`, { name: answer.headName, at: formatDateTime(answer.answeredAt), defaultValue: answer.kind })}</p>
      {answer.reason && <p>{t('offer.reason', { reason: answer.reason })}</p>}
      {answer.replacementName && <p>{t('offer.replacement', { name: answer.replacementName })}</p>}
      {answer.kind === 'counter' && answer.moreAmbitious !== null && (
        <p className="hint">{answer.moreAmbitious ? t('offer.counterAsMuch') : t('offer.counterLess')}</p>
      )}
      {decision && (
        <p>
          {t(decision.approved ? 'offer.decisionApproved' : 'offer.decisionRejected', { at: formatDateTime(decision.decidedAt) })}
          {decision.reason ? ` ${t('offer.reason', { reason: decision.reason })}` : ''}
        </p>
      )}
    </section>
  );
}

function Documents({ offer }: { offer: Offer }) {
  const { t } = useTranslation('performance');
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('offer.documentsTitle')}</h2>
      <p className="hint">{t('offer.documentsIntro')}</p>
      <div className="button-row">
        <a className="button secondary" href={paktaIntegritasUrl(offer)} download>
          {t('offer.pakta')}
        </a>
        <a className="button secondary" href={perjanjianKinerjaUrl(offer)} download>
          {t('offer.perjanjian')}
        </a>
      </div>
    </section>
  );
}
