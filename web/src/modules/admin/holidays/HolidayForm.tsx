/** A holiday's day, name, kind and the decree it comes from. A day cannot move: remove it and add the new one. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../components/errors';
import { changedFields, orNull } from '../components/forms';
import { HOLIDAY_KINDS, type Holiday, type HolidayKind, useAddHoliday, useUpdateHoliday } from './api';

interface Props {
  holiday?: Holiday;
  onSaved: (message: string, day: string) => void;
  onCancel: () => void;
}

export function HolidayForm({ holiday, onSaved, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const add = useAddHoliday();
  const update = useUpdateHoliday();
  const save = holiday ? update : add;
  const [day, setDay] = useState(holiday?.day ?? '');
  const [name, setName] = useState(holiday?.name ?? '');
  const [kind, setKind] = useState<HolidayKind>(holiday?.kind ?? 'libur_nasional');
  const [source, setSource] = useState(holiday?.source ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const err = (field: string) => fieldError(save.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { name: name.trim(), kind, source: orNull(source) };
    if (holiday) {
      const changes = changedFields({ name: holiday.name, kind: holiday.kind, source: holiday.source }, fields);
      if (Object.keys(changes).length === 0) return onSaved(t('shared.nothingChanged'), holiday.day);
      update.mutate({ day: holiday.day, ...changes }, { onSuccess: () => onSaved(t('holidays.saved', { name: fields.name }), holiday.day) });
    } else {
      add.mutate({ day, ...fields }, { onSuccess: () => onSaved(t('holidays.added', { name: fields.name, date: formatDate(day) }), day) });
    }
  };

  const titleId = holiday ? 'holiday-edit-title' : 'holiday-add-title';
  return (
    <section className="card form-card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {holiday ? t('holidays.form.editTitle', { date: formatDate(holiday.day) }) : t('holidays.form.addTitle')}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="grid two">
          {!holiday && (
            <Field id="holiday-day" label={t('holidays.fields.day')} error={err('day')}>
              {(c) => <input {...c} type="date" required value={day} onChange={(e) => setDay(e.target.value)} />}
            </Field>
          )}
          <Field id="holiday-name" label={t('holidays.fields.name')} hint={t('holidays.fields.nameHint')} error={err('name')}>
            {(c) => <input {...c} required value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
        </div>
        <fieldset>
          <legend>{t('holidays.fields.kind')}</legend>
          {HOLIDAY_KINDS.map((k) => (
            <div className="choice" key={k}>
              <input type="radio" id={`holiday-kind-${k}`} name="holiday-kind" checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`holiday-kind-${k}`}>{t(`holidayKinds.${k}`)}</label>
            </div>
          ))}
          {err('kind') && <p className="field-error">{err('kind')}</p>}
        </fieldset>
        <Field id="holiday-source" label={t('holidays.fields.source')} hint={t('holidays.fields.sourceHint')} error={err('source')}>
          {(c) => <input {...c} value={source} onChange={(e) => setSource(e.target.value)} />}
        </Field>
        <ErrorMessage error={save.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('shared.saving') : holiday ? t('shared.saveChanges') : t('holidays.form.add')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
