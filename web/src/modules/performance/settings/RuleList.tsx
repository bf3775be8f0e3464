/** The reward/punishment rules in force, each in a sentence: what it looks at, its threshold, what it is called. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { quarterName } from '../shared/quarters';
import type { Rule } from '../shared/types';

function ruleText(rule: Rule, t: TFunction<'performance'>): string {
  switch (rule.kind) {
    case 'composite_above_mean':
      return t('settings.rule.composite_above_mean', { deviations: formatNumber(rule.deviations, 2), quarters: rule.quarters });
    case 'absorption_below_plan':
      return t('settings.rule.absorption_below_plan', { percent: formatNumber(rule.belowPercentOfPlan, 2), quarter: quarterName(rule.atQuarter) });
    case 'indicator_below':
      return t('settings.rule.indicator_below', { percent: formatNumber(rule.belowPercent, 2) });
  }
}

export function RuleList({ rules }: { rules: Rule[] }) {
  const { t } = useTranslation('performance');
  if (rules.length === 0) return <p>{t('settings.noRules')}</p>;
  return (
    <ul className="perf-findings">
      {rules.map((rule) => (
        <li key={rule.id}>
          <strong>{rule.label}</strong> <span className={`badge outcome-${rule.outcome}`}>{t(`outcome.${rule.outcome}`)}</span>
          <p>{ruleText(rule, t)}</p>
          <p className="hint">{t('settings.ruleId', { id: rule.id, kind: rule.kind })}</p>
        </li>
      ))}
    </ul>
  );
}
