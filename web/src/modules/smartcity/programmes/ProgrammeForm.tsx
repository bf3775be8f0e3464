/**
 * A masterplan programme's form, new or changed: code, title, the dimension and then an element of
 * that dimension, the horizon, the years and the OPD that leads it. The server's word on a field
 * (a code already taken, an end before the start) shows beside that field.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { OpdSelect } from '../../admin/components/OpdSelect';
import { useDimensions } from '../shared/api';
import { HORIZONS, type Horizon, type Programme, type ProgrammeInput } from '../shared/types';

interface Props {
  /** The programme changed, or none for a new one. */
  programme?: Programme;
  idPrefix: string;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (input: ProgrammeInput) => void;
}

export function ProgrammeForm({ programme, idPrefix, pending, error, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('smartcity');
  const dimensions = useDimensions();
  const year = String(new Date().getFullYear());
  const [draft, setDraft] = useState({
    code: programme?.code ?? '',
    title: programme?.title ?? '',
    description: programme?.description ?? '',
    dimension: programme?.dimension ?? '',
    element: programme?.element ?? '',
    horizon: (programme?.horizon ?? '') as Horizon | '',
    startYear: String(programme?.startYear ?? year),
    endYear: String(programme?.endYear ?? year),
    leadOpdId: programme?.leadOpdId ?? '',
  });
  const [badYears, setBadYears] = useState<{ start?: true; end?: true }>({});
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const elements = dimensions.data?.find((d) => d.code === draft.dimension)?.elements ?? [];
  const id = (part: string) => `${idPrefix}-${part}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = /^\d{4}$/.test(draft.startYear.trim()) ? Number(draft.startYear) : null;
    const end = /^\d{4}$/.test(draft.endYear.trim()) ? Number(draft.endYear) : null;
    setBadYears({ ...(start === null ? { start: true } : {}), ...(end === null ? { end: true } : {}) });
    if (start === null || end === null) return;
    onSubmit({
      code: draft.code.trim(),
      title: draft.title.trim(),
      description: draft.description.trim(),
      dimension: draft.dimension,
      element: draft.element,
      horizon: draft.horizon as Horizon,
      startYear: start,
      endYear: end,
      leadOpdId: draft.leadOpdId || null,
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="grid two">
        <Field id={id('code')} label={t('programme.code')} hint={t('programme.codeHint')} error={fieldError(error, 'code')}>
          {(c) => <input {...c} maxLength={30} value={draft.code} onChange={(e) => set('code', e.target.value)} required />}
        </Field>
        <Field id={id('title')} label={t('programme.title')} error={fieldError(error, 'title')}>
          {(c) => <input {...c} maxLength={300} value={draft.title} onChange={(e) => set('title', e.target.value)} required />}
        </Field>
      </div>
      <Field id={id('description')} label={t('form.description')} error={fieldError(error, 'description')}>
        {(c) => <textarea {...c} maxLength={4000} value={draft.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      <div className="grid two">
        <Field id={id('dimension')} label={t('form.dimension')} error={fieldError(error, 'dimension')}>
          {(c) => (
            <select {...c} value={draft.dimension} onChange={(e) => setDraft((d) => ({ ...d, dimension: e.target.value, element: '' }))} required>
              <option value="">{t('form.chooseDimension')}</option>
              {(dimensions.data ?? []).map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('element')} label={t('form.element')} error={fieldError(error, 'element')}>
          {(c) => (
            <select {...c} value={draft.element} onChange={(e) => set('element', e.target.value)} disabled={!draft.dimension} required>
              <option value="">{t('form.chooseElement')}</option>
              {elements.map((e) => (
                <option key={e.code} value={e.code}>
                  {e.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('horizon')} label={t('form.horizon')} error={fieldError(error, 'horizon')}>
          {(c) => (
            <select {...c} value={draft.horizon} onChange={(e) => set('horizon', e.target.value)} required>
              <option value="">{t('form.chooseHorizon')}</option>
              {HORIZONS.map((h) => (
                <option key={h} value={h}>
                  {t(`horizon.${h}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('lead')} label={t('programme.leadOpd')} error={fieldError(error, 'leadOpdId')}>
          {(c) => <OpdSelect {...c} value={draft.leadOpdId} onChange={(v) => set('leadOpdId', v)} emptyLabel={t('programme.noLead')} />}
        </Field>
        <Field id={id('start')} label={t('form.startYear')} error={badYears.start ? t('form.yearInvalid') : fieldError(error, 'startYear')}>
          {(c) => <input {...c} inputMode="numeric" maxLength={4} value={draft.startYear} onChange={(e) => set('startYear', e.target.value)} />}
        </Field>
        <Field id={id('end')} label={t('form.endYear')} error={badYears.end ? t('form.yearInvalid') : fieldError(error, 'endYear')}>
          {(c) => <input {...c} inputMode="numeric" maxLength={4} value={draft.endYear} onChange={(e) => set('endYear', e.target.value)} />}
        </Field>
      </div>
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('working') : submitLabel}
        </button>
      </div>
    </form>
  );
}
