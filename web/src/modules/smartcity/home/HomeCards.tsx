/**
 * Smart city on the console's first page: for an OPD's staff, their roadmap's progress; for the
 * city-wide readers, the city's; for the smart city team, the latest evaluation and its score.
 * Built like the complaint and Satu Data cards beside them.
 */
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, opdIdsOf, useSession } from '../../../auth/session';
import { formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { useEvaluations, useProgress } from '../shared/api';
import { progressText, scoreText } from '../shared/format';
import { useEvaluationName } from '../shared/names';
import { plansSmartCity, seesAllOpds } from '../shared/roles';

interface CardProps {
  title: string;
  /** The figure, or undefined while it is read. */
  figure: string | undefined;
  error: unknown;
  text: ReactNode;
  to: string;
  linkText: string;
}

function Card({ title, figure, error, text, to, linkText }: CardProps) {
  const { t } = useTranslation('smartcity');
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {error ? (
        <ErrorMessage error={error} />
      ) : (
        <p className="stat" aria-live="polite">
          {figure ?? '…'}
          {figure === undefined && <span className="visually-hidden">{t('home.counting')}</span>}
        </p>
      )}
      <p>{text}</p>
      <p>
        <Link to={to}>{linkText}</Link>
      </p>
    </section>
  );
}

function RoadmapCard({ opdIds }: { opdIds: string[] }) {
  const { t } = useTranslation('smartcity');
  const progress = useProgress();
  const own = progress.data?.opds.filter((o) => opdIds.includes(o.opdId)) ?? [];
  const items = opdIds.length === 0 ? (progress.data?.city.items ?? 0) : own.reduce((sum, o) => sum + o.items, 0);
  // One OPD's figure is its own; the city's is the server's roll-up, which counts each item once.
  const figure = opdIds.length === 0 ? progress.data?.city.progress : own.length === 1 ? own[0].progress : null;
  return (
    <Card
      title={opdIds.length === 0 ? t('home.cityRoadmap') : t('home.roadmap')}
      figure={progress.data ? progressText(figure ?? null) : undefined}
      error={progress.error}
      text={t('home.roadmapText', { count: items, n: formatNumber(items) })}
      to="/konsol/smartcity"
      linkText={t('home.openRoadmap')}
    />
  );
}

function EvaluationCard() {
  const { t } = useTranslation('smartcity');
  const list = useEvaluations();
  const nameOf = useEvaluationName();
  const latest = list.data?.at(-1);
  return (
    <Card
      title={t('home.evaluation')}
      figure={list.data ? scoreText(latest?.score) : undefined}
      error={list.error}
      text={latest ? t('home.evaluationText', { name: nameOf(latest), status: t(`evaluation.status.${latest.status}`) }) : t('home.noEvaluation')}
      to={latest ? `/konsol/smartcity/evaluasi/${encodeURIComponent(latest.id)}` : '/konsol/smartcity/evaluasi'}
      linkText={t('home.openEvaluation')}
    />
  );
}

export function SmartCityCards() {
  const session = useSession();
  const user = session.data;
  const opdIds = opdIdsOf(user);
  return (
    <>
      {(opdIds.length > 0 || seesAllOpds(user)) && <RoadmapCard opdIds={hasRole(user, 'operator_opd', 'kepala_opd') ? opdIds : []} />}
      {plansSmartCity(user) && <EvaluationCard />}
    </>
  );
}
