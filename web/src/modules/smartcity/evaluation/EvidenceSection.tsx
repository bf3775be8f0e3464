/**
 * The evaluation's evidence (bukti dukung): the files, each to download with the index it supports,
 * and while it is a draft a new one to upload or one to remove. The size is checked here first, so
 * a large file is refused before it is sent; the server judges the file by its content.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { ConfirmButton } from '../../admin/components/ConfirmButton';
import { fieldError } from '../../admin/components/errors';
import { useRemoveEvaluationEvidence, useUploadEvaluationEvidence } from '../shared/api';
import { type Evaluation, INDEX_KEYS, type IndexKey } from '../shared/types';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.xlsx,.docx,application/pdf,image/jpeg,image/png';

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  return bytes < 1024 * 1024 ? `${formatNumber(bytes / 1024, 0)} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

interface Props {
  evaluation: Evaluation;
  editable: boolean;
  onDone: (message: string) => void;
}

export function EvidenceSection({ evaluation, editable, onDone }: Props) {
  const { t } = useTranslation('smartcity');
  const headingId = useId();
  const upload = useUploadEvaluationEvidence(evaluation.id);
  const remove = useRemoveEvaluationEvidence();
  const [file, setFile] = useState<File | null>(null);
  const [index, setIndex] = useState<IndexKey | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  // A new key empties the file input after an upload.
  const [inputKey, setInputKey] = useState(0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('evidence.choose'));
    if (file.size > MAX_BYTES) return setProblem(t('evidence.tooLarge', { size: sizeText(file.size) }));
    setProblem(null);
    upload.mutate(
      { file, index: index || null },
      {
        onSuccess: () => {
          onDone(t('evidence.uploaded', { name: file.name }));
          setFile(null);
          setInputKey((k) => k + 1);
        },
      },
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('evidence.title')}</h2>
      {evaluation.evidence.length === 0 ? (
        <p className="hint">{t('evidence.none')}</p>
      ) : (
        <ul className="sc-milestones">
          {evaluation.evidence.map((f) => (
            <li key={f.id}>
              <span>
                <a href={f.url} download>
                  <span className="visually-hidden">{t('evidence.download')} </span>
                  {f.name}
                </a>
                <span className="sc-meta">
                  {' · '}
                  {f.index ? t(`index.key.${f.index}`) : t('evidence.general')} · {sizeText(f.size)} · {formatDateTime(f.uploadedAt)}
                </span>
              </span>
              {editable && (
                <ConfirmButton
                  label={t('evidence.remove')}
                  question={t('evidence.removeQuestion', { name: f.name })}
                  confirmLabel={t('evidence.removeConfirm')}
                  pending={remove.isPending}
                  onConfirm={() => remove.mutate(f.id, { onSuccess: () => onDone(t('evidence.removed', { name: f.name })) })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={remove.error} />
      {editable && (
        <form className="form" onSubmit={submit} noValidate>
          <Field id="evidence-index" label={t('evidence.index')} error={fieldError(upload.error, 'index')}>
            {(c) => (
              <select {...c} value={index} onChange={(e) => setIndex(e.target.value as IndexKey | '')}>
                <option value="">{t('evidence.general')}</option>
                {INDEX_KEYS.map((k) => (
                  <option key={k} value={k}>
                    {t(`index.key.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="evidence-file" label={t('evidence.add')} hint={t('evidence.hint')} error={problem ?? fieldError(upload.error, 'file')}>
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
    </section>
  );
}
