/**
 * One form for a new OPD and for changing one: its place in the structure and its validity, then
 * its head and contacts. Editing sends only what changed, each part to its own endpoint.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cityDay } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../components/errors';
import { changedFields, orNull } from '../components/forms';
import { OpdSelect } from '../components/OpdSelect';
import { OPD_KINDS, type OpdKind, type OpdRecord } from '../components/opds';
import { WilayahSelect } from '../components/WilayahSelect';
import { type OpdProfile, type OpdSaved, type OpdStructure, useSaveOpd } from './api';

interface Props {
  opd?: OpdRecord;
  /** An error from an earlier step to show on arrival (contacts refused after creating). */
  carriedError?: unknown;
  onSaved: (saved: OpdSaved) => void;
  onCancel: () => void;
}

function structureOf(o?: OpdRecord): OpdStructure {
  return {
    code: o?.code ?? '',
    name: o?.name ?? '',
    shortName: o?.shortName ?? '',
    kind: o?.kind ?? 'dinas',
    parentId: o?.parentId ?? null,
    validFrom: o?.validFrom ?? cityDay(new Date()),
    validTo: o?.validTo ?? null,
    wilayahId: o?.wilayahId ?? null,
  };
}

function profileOf(o?: OpdRecord): OpdProfile {
  return { headName: o?.headName ?? null, email: o?.email ?? null, phone: o?.phone ?? null, address: o?.address ?? null, website: o?.website ?? null };
}

export function OpdForm({ opd, carriedError, onSaved, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const save = useSaveOpd();
  const [s, setS] = useState(() => structureOf(opd));
  const [p, setP] = useState(() => {
    const profile = profileOf(opd);
    return Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v ?? ''])) as Record<keyof OpdProfile, string>;
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The carried error belongs to the step before this form; once the admin saves again it is history.
  const error = save.isIdle ? carriedError : save.error;
  const err = (field: string) => fieldError(error, field);
  const setField = <K extends keyof OpdStructure>(key: K, value: OpdStructure[K]) => setS((prev) => ({ ...prev, [key]: value }));
  const setProfile = (key: keyof OpdProfile, value: string) => setP((prev) => ({ ...prev, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const structure: OpdStructure = { ...s, code: s.code.trim().toUpperCase(), name: s.name.trim(), shortName: s.shortName.trim() };
    const profile: OpdProfile = {
      headName: orNull(p.headName),
      email: orNull(p.email),
      phone: orNull(p.phone),
      address: orNull(p.address),
      website: orNull(p.website),
    };
    const profileChanges = changedFields(profileOf(opd), profile);
    save.mutate(
      opd
        ? { id: opd.id, structure: changedFields(structureOf(opd), structure), profile: profileChanges }
        : { structure: { ...structure, validTo: structure.validTo || null }, profile: profileChanges },
      { onSuccess: onSaved },
    );
  };

  const titleId = opd ? 'opd-edit-title' : 'opd-create-title';
  return (
    <section className="card form-card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {opd ? t('opds.form.editTitle', { name: opd.name }) : t('opds.form.createTitle')}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('opds.form.structure')}</legend>
          <div className="grid two">
            <Field id="opd-code" label={t('opds.fields.code')} hint={t('opds.fields.codeHint')} error={err('code')}>
              {(c) => <input {...c} required value={s.code} onChange={(e) => setField('code', e.target.value.toUpperCase())} />}
            </Field>
            <Field id="opd-kind" label={t('opds.fields.kind')} error={err('kind')}>
              {(c) => (
                <select {...c} value={s.kind} onChange={(e) => setField('kind', e.target.value as OpdKind)}>
                  {OPD_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`opdKinds.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="opd-name" label={t('opds.fields.name')} hint={t('opds.fields.nameHint')} error={err('name')}>
              {(c) => <input {...c} required value={s.name} onChange={(e) => setField('name', e.target.value)} />}
            </Field>
            <Field id="opd-short" label={t('opds.fields.shortName')} hint={t('opds.fields.shortNameHint')} error={err('shortName')}>
              {(c) => <input {...c} required value={s.shortName} onChange={(e) => setField('shortName', e.target.value)} />}
            </Field>
            <Field id="opd-parent" label={t('opds.fields.parent')} hint={t('opds.fields.parentHint')} error={err('parentId')}>
              {(c) => (
                <OpdSelect
                  {...c}
                  value={s.parentId ?? ''}
                  exclude={opd?.id}
                  onChange={(v) => setField('parentId', v || null)}
                  emptyLabel={t('opds.fields.noParent')}
                />
              )}
            </Field>
            <Field id="opd-wilayah" label={t('opds.fields.wilayah')} hint={t('opds.fields.wilayahHint')} error={err('wilayahId')}>
              {(c) => (
                <WilayahSelect {...c} value={s.wilayahId ?? ''} onChange={(v) => setField('wilayahId', v || null)} emptyLabel={t('opds.fields.noWilayah')} />
              )}
            </Field>
            <Field id="opd-from" label={t('opds.fields.validFrom')} error={err('validFrom')}>
              {(c) => <input {...c} type="date" required value={s.validFrom} onChange={(e) => setField('validFrom', e.target.value)} />}
            </Field>
            <Field id="opd-to" label={t('opds.fields.validTo')} hint={t('opds.fields.validToHint')} error={err('validTo')}>
              {(c) => <input {...c} type="date" value={s.validTo ?? ''} onChange={(e) => setField('validTo', e.target.value || null)} />}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('opds.form.profile')}</legend>
          <div className="grid two">
            <Field id="opd-head" label={t('opds.fields.headName')} error={err('headName')}>
              {(c) => <input {...c} value={p.headName} onChange={(e) => setProfile('headName', e.target.value)} />}
            </Field>
            <Field id="opd-email" label={t('opds.fields.email')} error={err('email')}>
              {(c) => <input {...c} type="email" value={p.email} onChange={(e) => setProfile('email', e.target.value)} />}
            </Field>
            <Field id="opd-phone" label={t('opds.fields.phone')} error={err('phone')}>
              {(c) => <input {...c} type="tel" value={p.phone} onChange={(e) => setProfile('phone', e.target.value)} />}
            </Field>
            <Field id="opd-website" label={t('opds.fields.website')} hint={t('opds.fields.websiteHint')} error={err('website')}>
              {(c) => <input {...c} type="url" value={p.website} onChange={(e) => setProfile('website', e.target.value)} />}
            </Field>
          </div>
          <Field id="opd-address" label={t('opds.fields.address')} error={err('address')}>
            {(c) => <input {...c} value={p.address} onChange={(e) => setProfile('address', e.target.value)} />}
          </Field>
        </fieldset>
        <ErrorMessage error={error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('shared.saving') : opd ? t('shared.saveChanges') : t('opds.form.create')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
