/**
 * A roadmap item's indicators, edited with the item: a name, a unit, the target and, as the work
 * goes on, the realization. Each row is a group named for its number, so its fields read as one.
 */
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import type { IndicatorDraft } from './roadmapDraft';

interface Props {
  rows: IndicatorDraft[];
  onChange: (rows: IndicatorDraft[]) => void;
  onAdd: () => void;
  /** The problem with one field, by the API's name ("indicators.0.target"). */
  errorOf: (field: string) => string | undefined;
}

export function IndicatorRows({ rows, onChange, onAdd, errorOf }: Props) {
  const { t } = useTranslation('smartcity');
  const change = (index: number, part: keyof Omit<IndicatorDraft, 'key'>, value: string) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, [part]: value } : r)));
  return (
    <fieldset>
      <legend>{t('form.indicators')}</legend>
      <p className="hint">{t('form.indicatorsHint')}</p>
      {rows.map((row, i) => (
        <fieldset key={row.key} className="sc-indicator-row">
          <legend className="visually-hidden">{t('form.indicatorN', { n: i + 1 })}</legend>
          <Field id={`rm-ind-name-${row.key}`} label={t('form.indicatorName', { n: i + 1 })} error={errorOf(`indicators.${i}.name`)}>
            {(c) => <input {...c} maxLength={300} value={row.name} onChange={(e) => change(i, 'name', e.target.value)} />}
          </Field>
          <Field id={`rm-ind-unit-${row.key}`} label={t('form.indicatorUnit', { n: i + 1 })} error={errorOf(`indicators.${i}.unit`)}>
            {(c) => <input {...c} maxLength={40} value={row.unit} onChange={(e) => change(i, 'unit', e.target.value)} />}
          </Field>
          <Field id={`rm-ind-target-${row.key}`} label={t('form.indicatorTarget', { n: i + 1 })} error={errorOf(`indicators.${i}.target`)}>
            {(c) => <input {...c} inputMode="decimal" value={row.target} onChange={(e) => change(i, 'target', e.target.value)} />}
          </Field>
          <Field id={`rm-ind-real-${row.key}`} label={t('form.indicatorRealization', { n: i + 1 })} error={errorOf(`indicators.${i}.realization`)}>
            {(c) => <input {...c} inputMode="decimal" value={row.realization} onChange={(e) => change(i, 'realization', e.target.value)} />}
          </Field>
          <div>
            <button type="button" className="button secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('form.removeIndicator', { n: i + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="button secondary" onClick={onAdd}>
          {t('form.addIndicator')}
        </button>
      </div>
    </fieldset>
  );
}
