/**
 * Every metadata field of a dataset (DOMAIN.md section 7 and CKAN's core fields), in groups a
 * producer fills in order: what it is, its data standard, its coverage and schedule, its access
 * and contact, and free extras. The server checks everything; what it says about a field shows
 * beside that field, and the whole answer above the button.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { useGroups, useLicenses } from '../shared/api';
import { ACCESS_LEVELS, FREQUENCIES, type ProducerView } from '../shared/types';
import { type DatasetDraft, slugOf } from './datasetDraft';

interface Props {
  initial: DatasetDraft;
  producers: ProducerView[];
  /** Editing: the address is fixed once the dataset exists (links and API clients use it). */
  editing: boolean;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (draft: DatasetDraft) => void;
}

export function DatasetForm({ initial, producers, editing, pending, error, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('opendata');
  const groups = useGroups();
  const licenses = useLicenses();
  const [draft, setDraft] = useState(initial);
  // The address follows the title until the producer types one of their own.
  const [nameTouched, setNameTouched] = useState(editing || initial.name !== '');
  const set = <K extends keyof DatasetDraft>(key: K, value: DatasetDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const err = (field: string) => fieldError(error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };

  return (
    <form className="form od-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('form.section.identity')}</legend>
        <div className="form">
          <Field id="ds-title" label={t('form.title')} hint={t('form.titleHint')} error={err('title')}>
            {(c) => (
              <input
                {...c}
                required
                maxLength={300}
                value={draft.title}
                onChange={(e) => {
                  const title = e.target.value;
                  setDraft((current) => ({ ...current, title, name: nameTouched ? current.name : slugOf(title) }));
                }}
              />
            )}
          </Field>
          <Field id="ds-name" label={t('form.name')} hint={editing ? t('form.nameFixed') : t('form.nameHint')} error={err('name')}>
            {(c) => (
              <input
                {...c}
                required
                readOnly={editing}
                maxLength={100}
                pattern="[a-z0-9_\-]{2,100}"
                value={draft.name}
                onChange={(e) => {
                  setNameTouched(true);
                  set('name', e.target.value);
                }}
              />
            )}
          </Field>
          <Field id="ds-notes" label={t('form.notes')} hint={t('form.notesHint')} error={err('notes')}>
            {(c) => <textarea {...c} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />}
          </Field>
          <div className="grid two od-row">
            <Field id="ds-producer" label={t('form.producer')} error={err('producer')}>
              {(c) => (
                <select {...c} required value={draft.producer} onChange={(e) => set('producer', e.target.value)}>
                  <option value="">{t('form.chooseProducer')}</option>
                  {producers.map((p) => (
                    <option key={p.id} value={p.name}>
                      {p.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="ds-license" label={t('form.license')} error={err('licenseId')}>
              {(c) => (
                <select {...c} required value={draft.licenseId} onChange={(e) => set('licenseId', e.target.value)} disabled={licenses.isPending}>
                  <option value="">{licenses.isPending ? t('form.loadingChoices') : t('form.chooseLicense')}</option>
                  {(licenses.data ?? []).map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field id="ds-tags" label={t('form.tags')} hint={t('form.tagsHint')} error={err('tags')}>
            {(c) => <input {...c} value={draft.tags} onChange={(e) => set('tags', e.target.value)} />}
          </Field>
          <fieldset className="od-checklist" aria-describedby={err('groups') ? 'ds-groups-error' : undefined}>
            <legend>{t('form.groups')}</legend>
            {groups.isPending ? (
              <p className="hint">{t('form.loadingChoices')}</p>
            ) : (groups.data ?? []).length === 0 ? (
              <p className="hint">{t('form.noGroups')}</p>
            ) : (
              <div className="od-choices">
                {(groups.data ?? []).map((g) => (
                  <label key={g.id} className="choice">
                    <input
                      type="checkbox"
                      checked={draft.groups.includes(g.name)}
                      onChange={(e) => set('groups', e.target.checked ? [...draft.groups, g.name] : draft.groups.filter((n) => n !== g.name))}
                    />
                    {g.title}
                  </label>
                ))}
              </div>
            )}
            {err('groups') && (
              <p id="ds-groups-error" className="field-error" role="alert">
                {err('groups')}
              </p>
            )}
          </fieldset>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('form.section.standard')}</legend>
        <div className="form">
          <Field id="ds-concept" label={t('meta.concept')} hint={t('form.conceptHint')} error={err('concept')}>
            {(c) => <textarea {...c} className="short" value={draft.concept} onChange={(e) => set('concept', e.target.value)} />}
          </Field>
          <Field id="ds-definition" label={t('meta.definition')} hint={t('form.definitionHint')} error={err('definition')}>
            {(c) => <textarea {...c} className="short" value={draft.definition} onChange={(e) => set('definition', e.target.value)} />}
          </Field>
          <div className="grid three od-row">
            <Field id="ds-measure" label={t('meta.measure')} hint={t('form.measureHint')} error={err('measure')}>
              {(c) => <input {...c} value={draft.measure} onChange={(e) => set('measure', e.target.value)} />}
            </Field>
            <Field id="ds-unit" label={t('meta.unit')} hint={t('form.unitHint')} error={err('unit')}>
              {(c) => <input {...c} value={draft.unit} onChange={(e) => set('unit', e.target.value)} />}
            </Field>
            <Field id="ds-level" label={t('meta.presentationLevel')} hint={t('form.levelHint')} error={err('presentationLevel')}>
              {(c) => <input {...c} value={draft.presentationLevel} onChange={(e) => set('presentationLevel', e.target.value)} />}
            </Field>
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('form.section.coverage')}</legend>
        <div className="form">
          <div className="grid two od-row">
            <Field id="ds-region-code" label={t('form.regionCode')} hint={t('form.regionCodeHint')} error={err('region.code')}>
              {(c) => <input {...c} inputMode="numeric" value={draft.regionCode} onChange={(e) => set('regionCode', e.target.value)} />}
            </Field>
            <Field id="ds-region-name" label={t('form.regionName')} error={err('region.name')}>
              {(c) => <input {...c} value={draft.regionName} onChange={(e) => set('regionName', e.target.value)} />}
            </Field>
          </div>
          <div className="grid three od-row">
            <Field id="ds-frequency" label={t('meta.frequency')} error={err('frequency')}>
              {(c) => (
                <select {...c} value={draft.frequency} onChange={(e) => set('frequency', e.target.value as DatasetDraft['frequency'])}>
                  {FREQUENCIES.map((f) => (
                    <option key={f} value={f}>
                      {t(`frequency.${f}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="ds-start" label={t('form.temporalStart')} error={err('temporalStart')}>
              {(c) => <input {...c} type="date" value={draft.temporalStart} onChange={(e) => set('temporalStart', e.target.value)} />}
            </Field>
            <Field id="ds-end" label={t('form.temporalEnd')} error={err('temporalEnd')}>
              {(c) => <input {...c} type="date" value={draft.temporalEnd} onChange={(e) => set('temporalEnd', e.target.value)} />}
            </Field>
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('form.section.access')}</legend>
        <div className="form">
          <fieldset className="od-checklist" aria-describedby={err('accessLevel') ? 'ds-access-error' : 'ds-access-hint'}>
            <legend>{t('meta.access')}</legend>
            <p id="ds-access-hint" className="hint">
              {t('form.accessHint')}
            </p>
            {ACCESS_LEVELS.map((level) => (
              <label key={level} className="choice">
                <input type="radio" name="ds-access" value={level} checked={draft.accessLevel === level} onChange={() => set('accessLevel', level)} />
                <span>
                  {t(`access.${level}`)} <span className="hint">{t(`accessHint.${level}`)}</span>
                </span>
              </label>
            ))}
            {err('accessLevel') && (
              <p id="ds-access-error" className="field-error" role="alert">
                {err('accessLevel')}
              </p>
            )}
          </fieldset>
          <div className="grid two od-row">
            <Field id="ds-contact-name" label={t('form.contactName')} error={err('contact.name')}>
              {(c) => <input {...c} autoComplete="name" value={draft.contactName} onChange={(e) => set('contactName', e.target.value)} />}
            </Field>
            <Field id="ds-contact-email" label={t('form.contactEmail')} error={err('contact.email')}>
              {(c) => <input {...c} type="email" autoComplete="email" value={draft.contactEmail} onChange={(e) => set('contactEmail', e.target.value)} />}
            </Field>
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('form.section.extras')}</legend>
        <p className="hint">{t('form.extrasHint')}</p>
        {draft.extras.map((extra, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added at the end or removed by their button
          <div key={index} className="od-extra">
            <Field id={`ds-extra-key-${index}`} label={t('form.extraKey', { n: index + 1 })} error={err(`extras.${index}.key`)}>
              {(c) => (
                <input
                  {...c}
                  value={extra.key}
                  onChange={(e) =>
                    set(
                      'extras',
                      draft.extras.map((x, i) => (i === index ? { ...x, key: e.target.value } : x)),
                    )
                  }
                />
              )}
            </Field>
            <Field id={`ds-extra-value-${index}`} label={t('form.extraValue', { n: index + 1 })} error={err(`extras.${index}.value`)}>
              {(c) => (
                <input
                  {...c}
                  value={extra.value}
                  onChange={(e) =>
                    set(
                      'extras',
                      draft.extras.map((x, i) => (i === index ? { ...x, value: e.target.value } : x)),
                    )
                  }
                />
              )}
            </Field>
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                set(
                  'extras',
                  draft.extras.filter((_, i) => i !== index),
                )
              }
            >
              {t('form.removeExtra', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button secondary" onClick={() => set('extras', [...draft.extras, { key: '', value: '' }])}>
          {t('form.addExtra')}
        </button>
      </fieldset>

      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('working') : submitLabel}
        </button>
      </div>
    </form>
  );
}
