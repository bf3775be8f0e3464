/**
 * An indicator's evidence: the files, each to download, and while the report can change, removing
 * one and uploading another. The server judges a file by its content; the size is checked here
 * first so a large file is refused before it is sent.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { ConfirmButton } from '../../admin/components/ConfirmButton';
import { fieldError } from '../../admin/components/errors';
import { EvidenceLinks, sizeText } from '../shared/EvidenceLinks';
import type { ReportLine } from '../shared/types';
import { useRemoveEvidence, useUploadEvidence } from './api';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.xlsx,.docx,application/pdf,image/jpeg,image/png';

interface Props {
  reportId: string;
  line: ReportLine;
  editable: boolean;
  onDone: (message: string) => void;
}

export function EvidenceSection({ reportId, line, editable, onDone }: Props) {
  const { t } = useTranslation('performance');
  const upload = useUploadEvidence(reportId);
  const remove = useRemoveEvidence(reportId);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A new key empties the file input after an upload.
  const [inputKey, setInputKey] = useState(0);
  const inputId = `evidence-${line.indicatorId}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('evidence.choose'));
    if (file.size > MAX_BYTES) return setProblem(t('evidence.tooLarge', { size: sizeText(file.size) }));
    setProblem(null);
    upload.mutate(
      { indicatorId: line.indicatorId, file },
      {
        onSuccess: () => {
          onDone(t('evidence.uploaded', { name: file.name, code: line.code }));
          setFile(null);
          setInputKey((k) => k + 1);
        },
      },
    );
  };

  return (
    <div>
      <h4>{t('evidence.title')}</h4>
      {editable && line.evidence.length > 0 ? (
        <ul className="perf-files">
          {line.evidence.map((f) => (
            <li key={f.id}>
              <a href={f.url} download aria-label={t('evidence.downloadNamed', { name: f.fileName })}>
                {f.fileName}
              </a>
              <span className="hint">{sizeText(f.sizeBytes)}</span>
              <ConfirmButton
                label={t('evidence.remove')}
                question={t('evidence.removeQuestion', { name: f.fileName })}
                confirmLabel={t('evidence.removeConfirm')}
                pending={remove.isPending}
                onConfirm={() => remove.mutate(f.id, { onSuccess: () => onDone(t('evidence.removed', { name: f.fileName })) })}
              />
            </li>
          ))}
        </ul>
      ) : (
        <EvidenceLinks files={line.evidence} emptyText={t('evidence.none')} />
      )}
      <ErrorMessage error={remove.error} />
      {editable && (
        <form className="form" onSubmit={submit} noValidate>
          <Field id={inputId} label={t('evidence.add', { code: line.code })} hint={t('evidence.hint')} error={problem ?? fieldError(upload.error, 'file')}>
            {(c) => <input {...c} key={inputKey} type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
          <ErrorMessage error={upload.error} />
          <div className="button-row">
            <button type="submit" className="button secondary" disabled={upload.isPending}>
              {upload.isPending ? t('working') : t('evidence.upload')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
