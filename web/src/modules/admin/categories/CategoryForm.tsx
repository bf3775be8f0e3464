/**
 * A category's names, usual OPD, time limits, duplicate radius and verification. The API does not
 * tell whether a category now skips verification, so editing offers "leave as it is" first; the
 * limits start at the values in force and are sent only when changed (blank: the city default).
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../components/errors';
import { changedFields, orNull } from '../components/forms';
import { OpdSelect } from '../components/OpdSelect';
import { type AdminCategory, type CategoryInput, useSaveCategory } from './api';

const LIMITS = ['verifyDays', 'respondDays', 'closeDays'] as const;
type LimitKey = (typeof LIMITS)[number];
type Verification = 'keep' | 'manual' | 'skip';

interface Props {
  category?: AdminCategory;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const days = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function CategoryForm({ category, onSaved, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const save = useSaveCategory();
  const [code, setCode] = useState('');
  const [name, setName] = useState(category?.nameId ?? '');
  const [nameEn, setNameEn] = useState(category?.nameEn ?? '');
  const [description, setDescription] = useState(category?.description ?? '');
  const [opdId, setOpdId] = useState(category?.defaultOpdId ?? '');
  const [limits, setLimits] = useState<Record<LimitKey, string>>({
    verifyDays: category ? String(category.limits.verifyDays) : '',
    respondDays: category ? String(category.limits.respondDays) : '',
    closeDays: category ? String(category.limits.closeDays) : '',
  });
  const [radius, setRadius] = useState(String(category?.duplicateRadiusMetres ?? 250));
  const [verification, setVerification] = useState<Verification>(category ? 'keep' : 'manual');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const err = (field: string) => fieldError(save.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      name: name.trim(),
      nameEn: nameEn.trim(),
      description: orNull(description),
      defaultOpdId: opdId || null,
      duplicateRadiusMetres: Number(radius),
    };
    const input: CategoryInput = category
      ? changedFields(
          {
            name: category.nameId,
            nameEn: category.nameEn,
            description: category.description,
            defaultOpdId: category.defaultOpdId,
            duplicateRadiusMetres: category.duplicateRadiusMetres,
          },
          fields,
        )
      : { ...fields, code: code.trim().toUpperCase() };
    for (const key of LIMITS) {
      // Unchanged limits stay unsent: the form shows the value in force, not whether it is the category's own.
      if (!category || limits[key] !== String(category.limits[key])) input[key] = days(limits[key]);
    }
    if (verification !== 'keep') input.skipVerification = verification === 'skip';
    if (category && Object.keys(input).length === 0) {
      onSaved(t('shared.nothingChanged'));
      return;
    }
    const done = () => onSaved(t(category ? 'categories.saved' : 'categories.created', { name: fields.name }));
    save.mutate({ id: category?.id, input }, { onSuccess: done });
  };

  const titleId = category ? 'category-edit-title' : 'category-create-title';
  return (
    <section className="card form-card" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {category ? t('categories.form.editTitle', { name: category.nameId, code: category.code }) : t('categories.form.createTitle')}
      </h3>
      <form className="form" onSubmit={submit} noValidate>
        <div className="grid two">
          {!category && (
            <Field id="cat-code" label={t('categories.fields.code')} hint={t('categories.fields.codeHint')} error={err('code')}>
              {(c) => <input {...c} required value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} />}
            </Field>
          )}
          <Field id="cat-name" label={t('categories.fields.name')} error={err('name')}>
            {(c) => <input {...c} required value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field id="cat-name-en" label={t('categories.fields.nameEn')} error={err('nameEn')}>
            {(c) => <input {...c} required lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />}
          </Field>
          <Field id="cat-opd" label={t('categories.fields.defaultOpd')} hint={t('categories.fields.defaultOpdHint')} error={err('defaultOpdId')}>
            {(c) => <OpdSelect {...c} value={opdId} onChange={setOpdId} emptyLabel={t('categories.fields.noDefaultOpd')} />}
          </Field>
        </div>
        <Field id="cat-description" label={t('categories.fields.description')} hint={t('categories.fields.descriptionHint')} error={err('description')}>
          {(c) => <textarea {...c} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <fieldset>
          <legend>{t('categories.fields.limits')}</legend>
          <p className="hint">{t('categories.fields.limitsHint')}</p>
          <div className="grid three">
            {LIMITS.map((key) => (
              <Field key={key} id={`cat-${key}`} label={t(`categories.limits.${key}`)} hint={t(`categories.limits.${key}Hint`)} error={err(key)}>
                {(c) => (
                  <input
                    {...c}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={60}
                    value={limits[key]}
                    onChange={(e) => setLimits((prev) => ({ ...prev, [key]: e.target.value }))}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        <Field id="cat-radius" label={t('categories.fields.radius')} hint={t('categories.fields.radiusHint')} error={err('duplicateRadiusMetres')}>
          {(c) => <input {...c} type="number" inputMode="numeric" min={10} max={5000} required value={radius} onChange={(e) => setRadius(e.target.value)} />}
        </Field>
        <fieldset aria-describedby={err('skipVerification') ? 'cat-verification-error' : undefined}>
          <legend>{t('categories.fields.verification')}</legend>
          {(category ? (['keep', 'manual', 'skip'] as const) : (['manual', 'skip'] as const)).map((v) => (
            <div className="choice" key={v}>
              <input type="radio" id={`cat-verification-${v}`} name="cat-verification" checked={verification === v} onChange={() => setVerification(v)} />
              <label htmlFor={`cat-verification-${v}`}>{t(`categories.verification.${v}`)}</label>
            </div>
          ))}
          {err('skipVerification') && (
            <p id="cat-verification-error" className="field-error">
              {err('skipVerification')}
            </p>
          )}
        </fieldset>
        <ErrorMessage error={save.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('shared.saving') : category ? t('shared.saveChanges') : t('categories.form.create')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
