/**
 * Bobot evaluasi (/konsol/smartcity/pengaturan): the weights of the five indices in the final
 * score, 0.10 / 0.20 / 0.30 / 0.20 / 0.20 by the national guide unless the city sets others. They
 * must make 1; the sum is shown as they are typed, and the server checks it again. A published
 * evaluation keeps the weights it was published with.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { fieldError } from '../../admin/components/errors';
import { StatusLine } from '../../admin/components/StatusLine';
import '../../complaints/officer/officer.css';
import { useSaveSettings, useSettings } from '../shared/api';
import { inputText, parseFigure } from '../shared/format';
import { weightSum } from '../shared/score';
import '../shared/smartcity.css';
import { INDEX_KEYS, type IndexKey, type Settings, type Weights } from '../shared/types';

const DEFAULTS: Weights = { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, quickWin: 0.2 };

function WeightsForm({ settings, onSaved }: { settings: Settings; onSaved: (message: string) => void }) {
  const { t } = useTranslation('smartcity');
  const save = useSaveSettings();
  const [typed, setTyped] = useState<Record<IndexKey, string>>(
    () => Object.fromEntries(INDEX_KEYS.map((k) => [k, inputText(settings.weights[k])])) as Record<IndexKey, string>,
  );
  const [checked, setChecked] = useState(false);
  const parsed = Object.fromEntries(INDEX_KEYS.map((k) => [k, parseFigure(typed[k])])) as Record<IndexKey, number | null | 'invalid'>;
  const numbers = Object.fromEntries(INDEX_KEYS.map((k) => [k, typeof parsed[k] === 'number' ? parsed[k] : null]));
  const sum = weightSum(numbers);
  const sumOk = Math.abs(sum - 1) < 1e-9;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (INDEX_KEYS.some((k) => typeof parsed[k] !== 'number') || !sumOk) return;
    save.mutate({ weights: numbers as Weights }, { onSuccess: () => onSaved(t('settings.saved')) });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="weights-title">
      <fieldset>
        <legend id="weights-title">{t('settings.weights')}</legend>
        <p className="hint">{t('settings.weightsHint')}</p>
        <div className="sc-indices">
          {INDEX_KEYS.map((k) => (
            <Field
              key={k}
              id={`weight-${k}`}
              label={t(`index.key.${k}`)}
              hint={t('settings.default', { weight: formatNumber(DEFAULTS[k], 2) })}
              error={checked && typeof parsed[k] !== 'number' ? t('settings.invalid') : fieldError(save.error, `weights.${k}`)}
            >
              {(c) => <input {...c} inputMode="decimal" autoComplete="off" value={typed[k]} onChange={(e) => setTyped({ ...typed, [k]: e.target.value })} />}
            </Field>
          ))}
        </div>
        <p className={checked && !sumOk ? 'field-error' : 'hint'} aria-live="polite">
          {sumOk ? t('settings.sumOk', { sum: formatNumber(sum, 4) }) : t('settings.sumWrong', { sum: formatNumber(sum, 4) })}
        </p>
        {fieldError(save.error, 'weights') && !INDEX_KEYS.some((k) => fieldError(save.error, `weights.${k}`)) && (
          <p className="field-error">{fieldError(save.error, 'weights')}</p>
        )}
      </fieldset>
      <ErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('working') : t('settings.save')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => setTyped(Object.fromEntries(INDEX_KEYS.map((k) => [k, inputText(DEFAULTS[k])])) as Record<IndexKey, string>)}
        >
          {t('settings.useDefaults')}
        </button>
      </div>
    </form>
  );
}

export default function SettingsPage() {
  const { t } = useTranslation('smartcity');
  useDocumentTitle(t('settings.title'));
  const settings = useSettings();
  const [message, setMessage] = useState<string | null>(null);

  return (
    <main id="main" className="page officer-page">
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.intro')}</p>
      <StatusLine message={message} />
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorMessage error={settings.error} />
      ) : (
        <>
          <p className="hint">
            {settings.data.updatedAt ? t('settings.changedAt', { date: formatDateTime(settings.data.updatedAt) }) : t('settings.defaultsApply')}
          </p>
          <WeightsForm key={settings.data.updatedAt ?? 'defaults'} settings={settings.data} onSaved={setMessage} />
        </>
      )}
    </main>
  );
}
