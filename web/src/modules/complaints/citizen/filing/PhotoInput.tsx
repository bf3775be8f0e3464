/** A file picker that adds photos to the filing and says, per file, why one was not taken. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { ACCEPTED_TYPES, megabytes, type PhotoRefusal, photoLimits } from './photos';

interface Props {
  id: string;
  label: string;
  hint: string;
  count: number;
  addPhotos: (files: File[]) => PhotoRefusal[];
  error?: string;
}

export function PhotoInput({ id, label, hint, count, addPhotos, error }: Props) {
  const { t } = useTranslation('filing');
  const [refusals, setRefusals] = useState<PhotoRefusal[]>([]);
  const full = count >= photoLimits.files;

  const reason = (r: PhotoRefusal) => {
    if (r.reason === 'count') return t('photos.refusedCount', { name: r.name, max: photoLimits.files });
    if (r.reason === 'type') return t('photos.refusedType', { name: r.name });
    return t('photos.refusedSize', { name: r.name, size: formatNumber(megabytes(r.size ?? 0), 1), limit: formatNumber(megabytes(photoLimits.bytes)) });
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}{' '}
        {full
          ? t('photos.full', { max: photoLimits.files })
          : t('photos.remaining', { count: photoLimits.files - count, n: formatNumber(photoLimits.files - count) })}
      </p>
      <input
        id={id}
        type="file"
        accept={ACCEPTED_TYPES.join(',')}
        multiple
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so that choosing the same file again after removing it still fires a change.
          e.target.value = '';
          setRefusals(files.length > 0 ? addPhotos(files) : []);
        }}
      />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {refusals.length > 0 && (
        <div className="field-error" role="alert">
          {refusals.map((r) => (
            <p key={r.name + r.reason}>{reason(r)}</p>
          ))}
        </div>
      )}
    </div>
  );
}
