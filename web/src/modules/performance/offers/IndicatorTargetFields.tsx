/** One indicator's targets in the offer form: the yearly target (two bounds for a range) and TW I-IV. */
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { figureText } from '../shared/figures';
import { QUARTERS, quarterName } from '../shared/quarters';
import type { Indicator } from '../shared/types';
import { isRange } from './api';
import type { DraftProblem, TargetDraft } from './targetDrafts';

interface Props {
  indicator: Indicator;
  draft: TargetDraft;
  problems: Record<string, DraftProblem>;
  onChange: (draft: TargetDraft) => void;
}

export function IndicatorTargetFields({ indicator: i, draft, problems, onChange }: Props) {
  const { t } = useTranslation('performance');
  const problem = (part: string) => {
    const p = problems[`${i.id}.${part}`];
    return p ? t(`offerForm.problem.${p}`) : undefined;
  };
  const range = isRange(i.direction);
  const setQuarter = (index: number, value: string) => {
    const quarterly = [...draft.quarterly] as TargetDraft['quarterly'];
    quarterly[index] = value;
    onChange({ ...draft, quarterly });
  };
  return (
    <fieldset className="perf-targets">
      <legend>
        {i.code} {i.name} ({i.unit})
      </legend>
      <p className="hint">
        {t(`direction.${i.direction}`, { defaultValue: i.direction })}
        {i.baseline && ` · ${t('offerForm.baseline', { value: figureText(i.baseline.value, i.unit), year: i.baseline.year })}`}
        {i.source === 'computed' && ` · ${t('offerForm.computed')}`}
      </p>
      <div className="grid two">
        <Field id={`target-${i.id}`} label={range ? t('offerForm.lower') : t('offerForm.yearly')} error={problem('target')}>
          {(c) => <input {...c} type="number" step="any" value={draft.target} onChange={(e) => onChange({ ...draft, target: e.target.value })} />}
        </Field>
        {range && (
          <Field id={`upper-${i.id}`} label={t('offerForm.upper')} error={problem('upper')}>
            {(c) => <input {...c} type="number" step="any" value={draft.upper} onChange={(e) => onChange({ ...draft, upper: e.target.value })} />}
          </Field>
        )}
      </div>
      <div className="perf-quarters">
        {QUARTERS.map((q) => (
          <Field key={q} id={`q${q}-${i.id}`} label={t('offerForm.quarter', { quarter: quarterName(q) })} error={problem(`q${q}`)}>
            {(c) => <input {...c} type="number" step="any" value={draft.quarterly[q - 1]} onChange={(e) => setQuarter(q - 1, e.target.value)} />}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
