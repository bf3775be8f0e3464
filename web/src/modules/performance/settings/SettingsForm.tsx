/**
 * The predicate bands and the composite's weights, edited together and saved with the rules
 * unchanged (the API replaces all three at once). Bounds and weights are checked by the server,
 * whose message is shown as it is; the form only refuses what is not a number.
 */
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { parseFigure } from '../shared/figures';
import type { Settings, Weights } from '../shared/types';
import { useSaveSettings } from './api';

const WEIGHTS: Array<keyof Weights> = ['performance', 'absorption', 'responsiveness'];
const asText = (value: number | null) => (value === null ? '' : String(value));

export function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (message: string) => void }) {
  const { t } = useTranslation('performance');
  const save = useSaveSettings();
  // Each band row keeps a key of its own, so removing one does not hand its neighbour's typing to another.
  const nextKey = useRef(settings.bands.length);
  const [bands, setBands] = useState(settings.bands.map((b, key) => ({ key, label: b.label, above: asText(b.above) })));
  const [weights, setWeights] = useState(WEIGHTS.map((w) => asText(settings.weights[w])));
  const [invalid, setInvalid] = useState(false);
  const typedWeights = weights.map(parseFigure);
  const sum = typedWeights.reduce<number>((total, w) => total + (typeof w === 'number' ? w : 0), 0);

  const changeBand = (index: number, part: 'label' | 'above', text: string) =>
    setBands((current) => current.map((b, i) => (i === index ? { ...b, [part]: text } : b)));
  // A new band goes just above the last one, which must stay the one without a bound.
  const addBand = () => setBands((current) => [...current.slice(0, -1), { key: nextKey.current++, label: '', above: '' }, ...current.slice(-1)]);
  const removeBand = (index: number) => setBands((current) => current.filter((_, i) => i !== index));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bounds = bands.map((b, i) => (i === bands.length - 1 ? null : parseFigure(b.above)));
    const bad = bounds.some((b, i) => i < bands.length - 1 && typeof b !== 'number') || typedWeights.some((w) => typeof w !== 'number');
    setInvalid(bad);
    if (bad) return;
    const [performance, absorption, responsiveness] = typedWeights as number[];
    save.mutate(
      {
        bands: bands.map((b, i) => ({ label: b.label.trim(), above: bounds[i] as number | null })),
        weights: { performance, absorption, responsiveness },
        rules: settings.rules,
      },
      { onSuccess: () => onSaved(t('settings.saved')) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('settings.bands')}</legend>
        <p className="hint">{t('settings.bandsHint')}</p>
        {bands.map((band, i) => {
          const last = i === bands.length - 1;
          return (
            <div className="grid two perf-band" key={band.key}>
              <Field id={`band-label-${i}`} label={t('settings.bandLabel', { n: i + 1 })}>
                {(c) => <input {...c} maxLength={80} value={band.label} onChange={(e) => changeBand(i, 'label', e.target.value)} />}
              </Field>
              {last ? (
                <p className="hint">{t('settings.lastBand')}</p>
              ) : (
                <Field id={`band-above-${i}`} label={t('settings.bandAbove', { n: i + 1 })}>
                  {(c) => (
                    <div className="button-row">
                      <input {...c} inputMode="decimal" value={band.above} onChange={(e) => changeBand(i, 'above', e.target.value)} />
                      <button type="button" className="button secondary" onClick={() => removeBand(i)}>
                        {t('settings.removeBand', { n: i + 1 })}
                      </button>
                    </div>
                  )}
                </Field>
              )}
            </div>
          );
        })}
        <div className="button-row">
          <button type="button" className="button secondary" onClick={addBand} disabled={bands.length >= 12}>
            {t('settings.addBand')}
          </button>
        </div>
        {fieldError(save.error, 'bands') && <p className="field-error">{fieldError(save.error, 'bands')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('settings.weights')}</legend>
        <div className="perf-amounts">
          {WEIGHTS.map((w, i) => (
            <Field key={w} id={`weight-${w}`} label={t(`settings.weight.${w}`)}>
              {(c) => (
                <input {...c} inputMode="decimal" value={weights[i]} onChange={(e) => setWeights((cur) => cur.map((x, j) => (j === i ? e.target.value : x)))} />
              )}
            </Field>
          ))}
        </div>
        <p className="hint" aria-live="polite">
          {t('settings.weightSum', { sum: formatNumber(sum, 4) })}
        </p>
      </fieldset>
      {invalid && (
        <p className="field-error" role="alert">
          {t('settings.invalid')}
        </p>
      )}
      <ErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('working') : t('settings.save')}
        </button>
      </div>
    </form>
  );
}
