/**
 * The published evaluations: the chosen one's final score with its five indices and weights, its
 * index per smart city dimension, and the final scores of every published evaluation in order
 * (Tahap I and II of each year). Drafts never reach this page: the API gives citizens only the
 * published ones, and the page keeps to those even for a signed-in officer.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useEvaluations } from '../shared/api';
import { ChartFigure } from '../shared/ChartFigure';
import { scoreText } from '../shared/format';
import { IndexTable } from '../shared/IndexTable';
import { useDimensionNames, useEvaluationName } from '../shared/names';
import type { Evaluation } from '../shared/types';

const inOrder = (a: Evaluation, b: Evaluation) => a.year - b.year || a.stage - b.stage;

function EvaluationView({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation('smartcity');
  const names = useDimensionNames();
  const nameOf = useEvaluationName();
  const name = nameOf(evaluation);
  const dimensions = evaluation.dimensions.filter((d) => d.index !== null);
  return (
    <>
      <div className="card sc-score">
        <p>{t('public.finalScore', { name })}</p>
        <p className="stat">{scoreText(evaluation.score)}</p>
        {evaluation.publishedAt && <p className="hint">{t('public.publishedAt', { date: formatDate(evaluation.publishedAt) })}</p>}
      </div>
      <h3>{t('public.indicesTitle')}</h3>
      <IndexTable caption={t('public.indicesCaption', { name })} indices={evaluation.indices} weights={evaluation.weights} score={evaluation.score} />
      {dimensions.length === 0 ? (
        <p className="hint">{t('public.noDimensionIndex')}</p>
      ) : (
        <ChartFigure
          title={t('public.dimensionChart', { name })}
          description={t('public.dimensionChartAlt', { name })}
          labelHeading={t('dimension')}
          series={{
            kind: 'dimensions',
            labels: dimensions.map((d) => names.dimension(d.dimension)),
            values: dimensions.map((d) => d.index),
            seriesLabel: t('index.dimensionIndex'),
          }}
        />
      )}
    </>
  );
}

export function EvaluationSection() {
  const { t } = useTranslation('smartcity');
  const headingId = useId();
  const list = useEvaluations();
  const nameOf = useEvaluationName();
  const [params, setParams] = useSearchParams();
  const published = (list.data ?? []).filter((e) => e.status === 'published').sort(inOrder);
  const chosen = published.find((e) => e.id === params.get('evaluasi')) ?? published.at(-1);
  const withScore = published.filter((e) => e.score !== null);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('public.evaluationTitle')}</h2>
      <p>{t('public.evaluationIntro')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : !chosen ? (
        <EmptyState title={t('public.noEvaluation')}>
          <p>{t('public.noEvaluationText')}</p>
        </EmptyState>
      ) : (
        <>
          {published.length > 1 && (
            <div className="field sc-picker">
              <label htmlFor="sc-evaluation">{t('public.choose')}</label>
              <select id="sc-evaluation" value={chosen.id} onChange={(e) => setParams({ evaluasi: e.target.value }, { replace: true })}>
                {[...published].reverse().map((e) => (
                  <option key={e.id} value={e.id}>
                    {nameOf(e)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <EvaluationView key={chosen.id} evaluation={chosen} />
          {withScore.length < 2 ? (
            <p className="hint">{t('public.historyLater')}</p>
          ) : (
            <ChartFigure
              title={t('public.historyChart')}
              description={t('public.historyChartAlt')}
              labelHeading={t('public.evaluation')}
              series={{ kind: 'history', labels: withScore.map(nameOf), values: withScore.map((e) => e.score), seriesLabel: t('index.final') }}
            />
          )}
        </>
      )}
    </section>
  );
}
