/**
 * A roadmap item's form, for a new item and for changes: the dimension first, then an element of
 * that dimension only; the horizon, owner, budget in rupiah (grouped as Indonesians write it once
 * the field is left), the years, the masterplan programme it serves, and its indicators. What the
 * server refuses is shown beside the field it names.
 */
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { opdIdsOf, useSession } from '../../../auth/session';
import { formatNumber } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { OpdSelect } from '../../admin/components/OpdSelect';
import { useDimensions, useProgrammes } from '../shared/api';
import { parseRupiah, rupiahText } from '../shared/format';
import { HORIZONS, type Horizon, type NewRoadmapInput } from '../shared/types';
import { IndicatorRows } from './IndicatorRows';
import { type DraftProblems, inputOf, type RoadmapDraft } from './roadmapDraft';

interface Props {
  initial: RoadmapDraft;
  /** A new item: the OPD can be chosen (by the admin, or by staff of more than one OPD). */
  creating: boolean;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  /** A new item's whole body; for a change, the server takes the same fields less opdId and indicators. */
  onSubmit: (input: NewRoadmapInput) => void;
}

export function RoadmapForm({ initial, creating, pending, error, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('smartcity');
  const session = useSession();
  const dimensions = useDimensions();
  const programmes = useProgrammes();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<DraftProblems>({});
  const nextKey = useRef(initial.indicators.length);
  const set = <K extends keyof RoadmapDraft>(key: K, value: RoadmapDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const elements = dimensions.data?.find((d) => d.code === draft.dimension)?.elements ?? [];
  const ownOpds = opdIdsOf(session.data);
  const chooseOpd = creating && (ownOpds.length !== 1 || !!session.data?.roles.some((g) => g.role === 'admin'));
  const err = (field: string, own?: string) => (problems[field] && own ? own : fieldError(error, field));
  const budget = parseRupiah(draft.budget);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { input, problems: found } = inputOf(draft);
    setProblems(found);
    if (Object.keys(found).length === 0) onSubmit(input);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {chooseOpd && (
        <Field id="rm-opd" label={t('form.opd')} error={fieldError(error, 'opdId')}>
          {(c) => (
            <OpdSelect
              {...c}
              value={draft.opdId}
              onChange={(id) => set('opdId', id)}
              emptyLabel={t('form.chooseOpd')}
              only={ownOpds.length > 0 ? ownOpds : undefined}
              required
            />
          )}
        </Field>
      )}
      <Field id="rm-title" label={t('form.title')} error={fieldError(error, 'title')}>
        {(c) => <input {...c} maxLength={300} value={draft.title} onChange={(e) => set('title', e.target.value)} required />}
      </Field>
      <Field id="rm-description" label={t('form.description')} error={fieldError(error, 'description')}>
        {(c) => <textarea {...c} maxLength={4000} value={draft.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      <div className="grid two">
        <Field id="rm-dimension" label={t('form.dimension')} error={fieldError(error, 'dimension')}>
          {(c) => (
            <select
              {...c}
              value={draft.dimension}
              // Another dimension has other elements: the one chosen before no longer fits.
              onChange={(e) => setDraft((d) => ({ ...d, dimension: e.target.value, element: '' }))}
              required
            >
              <option value="">{t('form.chooseDimension')}</option>
              {(dimensions.data ?? []).map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="rm-element" label={t('form.element')} hint={draft.dimension ? undefined : t('form.elementHint')} error={fieldError(error, 'element')}>
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
        <Field id="rm-horizon" label={t('form.horizon')} error={fieldError(error, 'horizon')}>
          {(c) => (
            <select {...c} value={draft.horizon} onChange={(e) => set('horizon', e.target.value as Horizon | '')} required>
              <option value="">{t('form.chooseHorizon')}</option>
              {HORIZONS.map((h) => (
                <option key={h} value={h}>
                  {t(`horizon.${h}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="rm-programme" label={t('form.programme')} hint={t('form.programmeHint')} error={fieldError(error, 'programmeId')}>
          {(c) => (
            <select {...c} value={draft.programmeId} onChange={(e) => set('programmeId', e.target.value)}>
              <option value="">{t('form.noProgramme')}</option>
              {(programmes.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.code} · {p.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="rm-owner" label={t('form.owner')} hint={t('form.ownerHint')} error={fieldError(error, 'owner')}>
          {(c) => <input {...c} maxLength={200} value={draft.owner} onChange={(e) => set('owner', e.target.value)} required />}
        </Field>
        <Field
          id="rm-budget"
          label={t('form.budget')}
          hint={typeof budget === 'number' ? t('form.budgetIs', { amount: rupiahText(budget) }) : t('form.budgetHint')}
          error={err('budget', t('form.budgetInvalid'))}
        >
          {(c) => (
            <input
              {...c}
              inputMode="numeric"
              autoComplete="off"
              value={draft.budget}
              onChange={(e) => set('budget', e.target.value)}
              onBlur={() => typeof budget === 'number' && set('budget', formatNumber(budget))}
            />
          )}
        </Field>
        <Field id="rm-start" label={t('form.startYear')} error={err('startYear', t('form.yearInvalid'))}>
          {(c) => <input {...c} inputMode="numeric" maxLength={4} value={draft.startYear} onChange={(e) => set('startYear', e.target.value)} required />}
        </Field>
        <Field id="rm-end" label={t('form.endYear')} error={err('endYear', t('form.yearInvalid'))}>
          {(c) => <input {...c} inputMode="numeric" maxLength={4} value={draft.endYear} onChange={(e) => set('endYear', e.target.value)} required />}
        </Field>
      </div>
      {creating && (
        <IndicatorRows
          rows={draft.indicators}
          onChange={(indicators) => set('indicators', indicators)}
          onAdd={() => set('indicators', [...draft.indicators, { key: nextKey.current++, name: '', unit: '', target: '', realization: '' }])}
          errorOf={(field) => err(field, t('form.figureInvalid'))}
        />
      )}
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('working') : submitLabel}
        </button>
      </div>
    </form>
  );
}
