/**
 * A new QR place (code, name, address, point, suggested category), or a change to one's name and
 * address. The code and point are fixed once posters are printed: the API does not change them.
 */
import { type FormEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useCategories } from '../../complaints/shared/hooks';
import { fieldError } from '../components/errors';
import { changedFields, orNull } from '../components/forms';
import { type QrPlace, useCreateQrPlace, useUpdateQrPlace } from './api';

const PointMap = lazy(() => import('./PointMap'));

interface Props {
  place?: QrPlace;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const coordinate = (text: string): number | null => (text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text));

export function QrPlaceForm({ place, onSaved, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const create = useCreateQrPlace();
  const update = useUpdateQrPlace();
  const save = place ? update : create;
  const categories = useCategories();
  const [code, setCode] = useState('');
  const [name, setName] = useState(place?.name ?? '');
  const [address, setAddress] = useState(place?.address ?? '');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [categoryCode, setCategoryCode] = useState('');
  const [showMap, setShowMap] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const err = (field: string) => fieldError(save.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { name: name.trim(), address: orNull(address) };
    if (place) {
      const changes = changedFields({ name: place.name, address: place.address }, fields);
      if (Object.keys(changes).length === 0) return onSaved(t('shared.nothingChanged'));
      update.mutate({ code: place.code, ...changes }, { onSuccess: () => onSaved(t('qr.saved', { name: fields.name })) });
      return;
    }
    create.mutate(
      // A blank or unreadable coordinate goes as null, and the server names the field in its answer.
      { code: code.trim(), ...fields, lat: coordinate(lat) as number, lon: coordinate(lon) as number, categoryCode: categoryCode || null },
      { onSuccess: (created) => onSaved(t('qr.created', { name: created.name })) },
    );
  };

  const titleId = place ? 'qr-edit-title' : 'qr-create-title';
  return (
    <section className="card form-card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {place ? t('qr.form.editTitle', { name: place.name }) : t('qr.form.createTitle')}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="grid two">
          {!place && (
            <Field id="qr-code" label={t('qr.fields.code')} hint={t('qr.fields.codeHint')} error={err('code')}>
              {(c) => <input {...c} required spellCheck={false} value={code} onChange={(e) => setCode(e.target.value.toLowerCase())} />}
            </Field>
          )}
          <Field id="qr-name" label={t('qr.fields.name')} hint={t('qr.fields.nameHint')} error={err('name')}>
            {(c) => <input {...c} required value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
        </div>
        <Field id="qr-address" label={t('qr.fields.address')} hint={t('qr.fields.addressHint')} error={err('address')}>
          {(c) => <input {...c} value={address} onChange={(e) => setAddress(e.target.value)} />}
        </Field>
        {!place && (
          <>
            <fieldset>
              <legend>{t('qr.fields.point')}</legend>
              <p className="hint">{t('qr.fields.pointHint')}</p>
              <div className="grid two">
                <Field id="qr-lat" label={t('qr.fields.lat')} hint={t('qr.fields.latHint')} error={err('lat')}>
                  {(c) => <input {...c} required inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value.replace(',', '.'))} />}
                </Field>
                <Field id="qr-lon" label={t('qr.fields.lon')} hint={t('qr.fields.lonHint')} error={err('lon')}>
                  {(c) => <input {...c} required inputMode="decimal" value={lon} onChange={(e) => setLon(e.target.value.replace(',', '.'))} />}
                </Field>
              </div>
              <button type="button" className="button secondary" aria-expanded={showMap} onClick={() => setShowMap((v) => !v)}>
                {showMap ? t('qr.fields.hideMap') : t('qr.fields.showMap')}
              </button>
              {showMap && (
                <Suspense fallback={<Loading />}>
                  <PointMap
                    label={t('qr.fields.mapLabel')}
                    lat={coordinate(lat)}
                    lon={coordinate(lon)}
                    onPick={(la, lo) => {
                      setLat(String(la));
                      setLon(String(lo));
                    }}
                  />
                </Suspense>
              )}
            </fieldset>
            <Field id="qr-category" label={t('qr.fields.category')} hint={t('qr.fields.categoryHint')} error={err('categoryCode')}>
              {(c) => (
                <select {...c} value={categoryCode} onChange={(e) => setCategoryCode(e.target.value)} disabled={categories.isPending}>
                  <option value="">{t('qr.fields.noCategory')}</option>
                  {(categories.data ?? []).map((cat) => (
                    <option key={cat.id} value={cat.code}>
                      {cat.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
        <ErrorMessage error={save.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('shared.saving') : place ? t('shared.saveChanges') : t('qr.form.create')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
