/**
 * What the reward and punishment rules found for the quarter. Each finding explains itself (rule,
 * figures, period); the eksekutif runs the rules, confirms or waives each finding (a waiver needs
 * its reason), and publishes confirmed ones. Others here read them.
 */
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import type { Period, Quarter } from '../shared/types';
import { useEvaluate, useRuleResults } from './api';
import { FindingItem } from './FindingItem';

interface Props {
  period: Period;
  quarter: Quarter;
  when: string;
  canDecide: boolean;
  onDone: (message: string) => void;
}

export function Findings({ period, quarter, when, canDecide, onDone }: Props) {
  const { t } = useTranslation('performance');
  const results = useRuleResults(period.id, quarter);
  const evaluate = useEvaluate();
  const run = () =>
    evaluate.mutate(
      { periodId: period.id, quarter },
      { onSuccess: (answer) => onDone(t('findings.ran', { when, count: answer.items.length, n: answer.items.length })) },
    );
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{t('findings.title', { when })}</h2>
      <p className="hint">{t('findings.intro')}</p>
      {canDecide && (
        <div className="button-row">
          <button type="button" className="button secondary" disabled={evaluate.isPending} onClick={run}>
            {evaluate.isPending ? t('working') : t('findings.run', { when })}
          </button>
        </div>
      )}
      <ErrorMessage error={evaluate.error} />
      {results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <ErrorMessage error={results.error} />
      ) : results.data.length === 0 ? (
        <EmptyState title={t('findings.empty', { when })}>
          <p>{canDecide ? t('findings.emptyText') : t('findings.emptyTextReader')}</p>
        </EmptyState>
      ) : (
        <ul className="perf-findings">
          {results.data.map((r) => (
            <FindingItem key={r.id} finding={r} canDecide={canDecide} onDone={onDone} />
          ))}
        </ul>
      )}
    </section>
  );
}
