/**
 * One indicator of a year's evaluation (/konsol/spbe/:year/indikator/:number): what each level
 * means; for the OPD it is assigned to, the checklist of levels met with explanations and evidence
 * and the submission; for the assessor, the review; for everyone who may read it, the levels, the
 * evidence, the platform's own figures and the review history.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../../auth/session';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { StatusLine } from '../../admin/components/StatusLine';
import '../../complaints/officer/officer.css';
import { LevelText } from '../console/LevelText';
import { useEvaluation, useFramework } from '../shared/api';
import { AssessmentStatusBadge } from '../shared/badges';
import { formatWeight } from '../shared/format';
import { assesses, fillsFor } from '../shared/roles';
import '../shared/spbe.css';
import type { Assessment, EvaluationDetail } from '../shared/types';
import { AssessPanel } from './AssessPanel';
import { FillForm } from './FillForm';
import { LevelList } from './LevelList';
import { PlatformCard } from './PlatformCard';
import { ReviewHistory } from './ReviewHistory';

export default function IndicatorPage() {
  const { year = '', number = '' } = useParams();
  return <IndicatorView key={`${year}/${number}`} year={Number(year)} number={Number(number)} />;
}

function IndicatorView({ year, number }: { year: number; number: number }) {
  const { t } = useTranslation('spbe');
  const evaluation = useEvaluation(Number.isInteger(year) ? year : undefined);
  const a = evaluation.data?.indicators.find((x) => x.number === number);
  useDocumentTitle(a ? t('indicators.name', { number, name: a.name }) : t('evaluation.title', { year }));
  const back = (
    <p className="no-print">
      <Link to={`/konsol/spbe/${year}`}>{t('indicator.back', { year })}</Link>
    </p>
  );
  if (!evaluation.data || !a) {
    return (
      <main id="main" className="page officer-page">
        {back}
        <h1>{t('indicator.title', { number })}</h1>
        {evaluation.isPending ? <Loading /> : evaluation.isError ? <ErrorMessage error={evaluation.error} /> : <EmptyState title={t('indicator.notFound')} />}
      </main>
    );
  }
  return (
    <main id="main" className="page officer-page">
      {back}
      <Indicator evaluation={evaluation.data} assessment={a} />
    </main>
  );
}

function Indicator({ evaluation, assessment: a }: { evaluation: EvaluationDetail; assessment: Assessment }) {
  const { t } = useTranslation('spbe');
  const session = useSession();
  const framework = useFramework(evaluation.frameworkCode);
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => setMessage(text);
  const open = evaluation.status === 'open';
  const editable = open && fillsFor(session.data, a.opdId) && (a.status === 'draft' || a.status === 'returned');
  const reviewing = open && assesses(session.data) && a.status === 'submitted';
  const domain = framework.data?.domains.find((d) => d.number === a.domainNumber);
  const aspect = domain?.aspects.find((x) => x.number === a.aspectNumber);
  const lastReturn = a.status === 'returned' ? [...a.reviews].reverse().find((r) => r.decision === 'return') : undefined;
  const nextWaiting = evaluation.indicators.find((x) => x.status === 'submitted' && x.number !== a.number);

  return (
    <>
      <p className="hint">
        {domain && t('index.domain', { number: domain.number, name: domain.name })}
        {aspect && ` · ${t('index.aspect', { number: aspect.number, name: aspect.name })}`}
      </p>
      <h1>{t('indicators.name', { number: a.number, name: a.name })}</h1>
      <div className="officer-heading-badges">
        <AssessmentStatusBadge status={a.status} />
        <span>{t('indicator.year', { year: evaluation.year })}</span>
      </div>
      <dl className="spbe-facts">
        <dt>{t('indicator.opd')}</dt>
        <dd>{a.opdName ?? t('assign.noneYet')}</dd>
        <dt>{t('indicator.weight')}</dt>
        <dd>{formatWeight(a.weight)}</dd>
        <dt>{t('indicators.col.self')}</dt>
        <dd>
          <LevelText level={a.status === 'unassigned' ? null : a.selfLevel} names={a.levelNames} />
        </dd>
        <dt>{t('indicators.col.assessed')}</dt>
        <dd>
          <LevelText level={a.assessedLevel} names={a.levelNames} />
        </dd>
      </dl>
      <StatusLine message={message} />
      {!reviewing && message && nextWaiting && assesses(session.data) && (
        <p>
          <Link to={`/konsol/spbe/${evaluation.year}/indikator/${nextWaiting.number}`}>
            {t('review.next', { name: t('indicators.name', { number: nextWaiting.number, name: nextWaiting.name }) })}
          </Link>
        </p>
      )}
      {lastReturn && (
        <div className="alert alert-warning">
          <p>
            <strong>{t('indicator.returnedBy', { name: lastReturn.assessor })}</strong>
          </p>
          <p className="officer-description">{lastReturn.comment}</p>
        </div>
      )}
      {a.platform && <PlatformCard platform={a.platform} attach={editable ? { year: evaluation.year, number: a.number, onDone: done } : undefined} />}
      {editable ? (
        <FillForm year={evaluation.year} assessment={a} onDone={done} />
      ) : (
        <>
          {open && !a.opdId && <p className="hint">{t('indicator.unassignedNote')}</p>}
          <LevelList assessment={a} />
        </>
      )}
      {reviewing && <AssessPanel year={evaluation.year} assessment={a} onDone={done} />}
      <ReviewHistory reviews={a.reviews} names={a.levelNames} />
    </>
  );
}
