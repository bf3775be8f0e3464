/**
 * Adding data to a dataset: a new resource (a CSV or XLSX table to upload, or a link to data kept
 * elsewhere), or a new version of an uploaded table. The server reads the file and answers with
 * the columns it found, which the producer then confirms.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { fieldError } from '../../admin/components/errors';
import { useAddVersion, useLinkResource, useUploadResource } from '../shared/api';
import { TableError } from '../shared/TableError';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function AddResourceForm({ datasetName, onDone }: { datasetName: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('opendata');
  const upload = useUploadResource(datasetName);
  const link = useLinkResource(datasetName);
  const [kind, setKind] = useState<'upload' | 'link'>('upload');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<'file' | 'name' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const active = kind === 'upload' ? upload : link;

  const reset = () => {
    setName('');
    setDescription('');
    setUrl('');
    setFormat('');
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const title = name.trim() || file?.name.replace(/\.[^.]+$/, '') || '';
    if (kind === 'upload' && !file) return setMissing('file');
    if (!title) return setMissing('name');
    setMissing(null);
    if (kind === 'upload' && file) {
      upload.mutate(
        { file, title, description: description.trim() },
        {
          onSuccess: () => {
            reset();
            onDone(t('upload.added', { name: title }));
          },
        },
      );
    } else {
      link.mutate(
        { name: title, url: url.trim(), format: format.trim(), description: description.trim() },
        {
          onSuccess: () => {
            reset();
            onDone(t('upload.linked', { name: title }));
          },
        },
      );
    }
  };

  return (
    <section className="card form-card" aria-labelledby="od-add-title">
      <h2 id="od-add-title">{t('upload.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('upload.kind')}</legend>
          {(['upload', 'link'] as const).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="od-resource-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`upload.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'upload' ? (
          <Field
            id="od-upload-file"
            label={t('upload.file')}
            hint={t('upload.fileHint')}
            error={missing === 'file' ? t('upload.fileMissing') : fieldError(upload.error, 'file')}
          >
            {(c) => <input {...c} ref={fileInput} type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
        ) : (
          <div className="grid two">
            <Field id="od-link-url" label={t('upload.url')} error={fieldError(link.error, 'url')}>
              {(c) => <input {...c} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} />}
            </Field>
            <Field id="od-link-format" label={t('upload.format')} hint={t('upload.formatHint')} error={fieldError(link.error, 'format')}>
              {(c) => <input {...c} value={format} onChange={(e) => setFormat(e.target.value)} />}
            </Field>
          </div>
        )}
        <Field
          id="od-resource-name"
          label={t('upload.name')}
          hint={kind === 'upload' ? t('upload.nameHint') : undefined}
          error={missing === 'name' ? t('upload.nameMissing') : fieldError(active.error, 'name')}
        >
          {(c) => <input {...c} maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field id="od-resource-description" label={t('upload.description')} error={fieldError(active.error, 'description')}>
          {(c) => <textarea {...c} className="short" value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <TableError error={active.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={active.isPending}>
            {active.isPending ? (kind === 'upload' ? t('upload.reading') : t('working')) : kind === 'upload' ? t('upload.submit') : t('upload.submitLink')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function NewVersionForm({ resourceId, resourceName, onDone }: { resourceId: string; resourceName: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('opendata');
  const id = useId();
  const add = useAddVersion(resourceId);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!file);
    if (!file) return;
    // This form gives way to the column editor once the upload is in; the page says what happened.
    add
      .mutateAsync(file)
      .then((resource) => onDone(t('upload.versionAdded', { name: resourceName, no: resource.latestVersion?.versionNo ?? '' })))
      .catch(() => {
        // shown by TableError from add.error
      });
  };
  return (
    <form className="form od-version-form" onSubmit={submit} noValidate>
      <Field
        id={`${id}-file`}
        label={t('upload.newVersion', { name: resourceName })}
        hint={t('upload.newVersionHint')}
        error={missing ? t('upload.fileMissing') : fieldError(add.error, 'file')}
      >
        {(c) => <input {...c} ref={fileInput} type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </Field>
      <TableError error={add.error} />
      <div className="button-row">
        <button type="submit" className="button secondary" disabled={add.isPending}>
          {add.isPending ? t('upload.reading') : t('upload.submitVersion')}
        </button>
      </div>
    </form>
  );
}
