/**
 * The import's form: one workbook, or the files of one folder, and for the walidata whether to
 * publish at once (the server refuses that to anyone else).
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { Field } from '../../../ui/Field';

const WORKBOOK = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TABLE_FILE = /\.(csv|xlsx)$/i;

/** The files of a folder the server can use: CSV and XLSX directly inside it, as the command line reads a folder. */
export function folderFiles(files: File[]): { sent: File[]; left: number; folder: string } {
  const sent = files.filter((f) => TABLE_FILE.test(f.name) && !f.name.startsWith('.') && f.webkitRelativePath.split('/').length <= 2);
  return { sent, left: files.length - sent.length, folder: files[0]?.webkitRelativePath.split('/')[0] ?? '' };
}

/** React does not know the attribute that makes a file input choose a folder, so it is set on the element. */
const chooseFolder = (input: HTMLInputElement | null) => input?.setAttribute('webkitdirectory', '');

interface Props {
  busy: boolean;
  mayPublish: boolean;
  onImport: (files: File[], publish: boolean) => void;
}

export function ImportForm({ busy, mayPublish, onImport }: Props) {
  const { t } = useTranslation('opendata');
  const [kind, setKind] = useState<'workbook' | 'folder'>('workbook');
  const [workbook, setWorkbook] = useState<File | null>(null);
  const [folder, setFolder] = useState<File[]>([]);
  const [publish, setPublish] = useState(false);
  const [missing, setMissing] = useState(false);
  const chosen = folderFiles(folder);
  const files = kind === 'workbook' ? (workbook ? [workbook] : []) : chosen.sent;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(files.length === 0);
    if (files.length > 0) onImport(files, mayPublish && publish);
  };
  const missingText = () => {
    if (!missing) return undefined;
    if (kind === 'workbook') return t('import.form.workbookMissing');
    return folder.length > 0 ? t('import.form.folderEmpty') : t('import.form.folderMissing');
  };

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="od-import-form">
      <h2 id="od-import-form">{t('import.form.title')}</h2>
      <fieldset>
        <legend>{t('import.form.source')}</legend>
        {(['workbook', 'folder'] as const).map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="od-import-kind"
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setMissing(false);
              }}
            />
            {t(`import.form.sources.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'workbook' ? (
        <Field id="od-import-workbook" label={t('import.form.workbook')} hint={t('import.form.workbookHint')} error={missingText()}>
          {(c) => (
            <input
              {...c}
              type="file"
              accept={WORKBOOK}
              onChange={(e) => {
                setWorkbook(e.target.files?.[0] ?? null);
                setMissing(false);
              }}
            />
          )}
        </Field>
      ) : (
        <Field id="od-import-folder" label={t('import.form.folder')} hint={t('import.form.folderHint')} error={missingText()}>
          {(c) => (
            <input
              {...c}
              ref={chooseFolder}
              type="file"
              multiple
              onChange={(e) => {
                setFolder([...(e.target.files ?? [])]);
                setMissing(false);
              }}
            />
          )}
        </Field>
      )}
      {kind === 'folder' && chosen.sent.length > 0 && (
        <p className="hint" role="status">
          {t('import.form.folderChosen', { count: chosen.sent.length, n: formatNumber(chosen.sent.length), folder: chosen.folder })}
          {chosen.left > 0 && ` ${t('import.form.folderSkipped', { count: chosen.left, n: formatNumber(chosen.left) })}`}
        </p>
      )}
      {mayPublish && (
        <div className="field">
          <label className="choice">
            <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} aria-describedby="od-import-publish-hint" />
            {t('import.form.publish')}
          </label>
          <p id="od-import-publish-hint" className="hint">
            {t('import.form.publishHint')}
          </p>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('import.form.working') : t('import.form.submit')}
        </button>
      </div>
    </form>
  );
}
