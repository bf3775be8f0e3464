/**
 * One level's evidence while the OPD fills the indicator: what is there (removable), a file to
 * upload, or a link to an address where the evidence already lives. The size is checked here first
 * so a large file is refused before it is sent; the server judges the file by its content.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { useLinkEvidence, useRemoveEvidence, useUploadEvidence } from '../shared/api';
import type { Assessment } from '../shared/types';
import { EvidenceList } from './EvidenceList';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.xlsx,.docx,application/pdf,image/jpeg,image/png';

interface Props {
  year: number;
  assessment: Assessment;
  level: number;
  onDone: (message: string) => void;
}

export function LevelEvidence({ year, assessment: a, level, onDone }: Props) {
  const { t } = useTranslation('spbe');
  const upload = useUploadEvidence(year, a.number);
  const link = useLinkEvidence(year, a.number);
  const remove = useRemoveEvidence(year, a.number);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const items = a.evidence.filter((e) => e.level === level);
  const id = (what: string) => `spbe-${what}-${level}`;

  const sendFile = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileProblem(t('evidence.choose'));
    if (file.size > MAX_BYTES) return setFileProblem(t('evidence.tooLarge'));
    setFileProblem(null);
    upload.mutate(
      { level, file },
      {
        onSuccess: () => {
          onDone(t('evidence.uploaded', { name: file.name, level }));
          setFile(null);
          setInputKey((k) => k + 1);
        },
      },
    );
  };
  const sendLink = (event: FormEvent) => {
    event.preventDefault();
    if (!/^(https?:\/\/|\/)\S*$/i.test(url.trim())) return setLinkProblem(t('evidence.urlInvalid'));
    setLinkProblem(null);
    const shown = name.trim() || url.trim();
    link.mutate(
      { level, url: url.trim(), name: shown },
      {
        onSuccess: () => {
          onDone(t('evidence.linked', { name: shown, level }));
          setUrl('');
          setName('');
        },
      },
    );
  };

  return (
    <div>
      <h4>{t('evidence.titleLevel', { level })}</h4>
      <EvidenceList
        items={items}
        removing={remove.isPending}
        onRemove={(e) => remove.mutate(e.id, { onSuccess: () => onDone(t('evidence.removed', { name: e.name })) })}
      />
      <ErrorMessage error={remove.error} />
      <div className="spbe-evidence-forms">
        <form onSubmit={sendFile} noValidate>
          <Field id={id('file')} label={t('evidence.file', { level })} hint={t('evidence.fileHint')} error={fileProblem ?? fieldError(upload.error, 'file')}>
            {(c) => <input {...c} key={inputKey} type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
          <ErrorMessage error={upload.error} />
          <div className="button-row">
            <button type="submit" className="button secondary" disabled={upload.isPending}>
              {upload.isPending ? t('working') : t('evidence.upload', { level })}
            </button>
          </div>
        </form>
        <details>
          <summary>{t('evidence.linkToggle', { level })}</summary>
          <form onSubmit={sendLink} noValidate>
            <Field id={id('url')} label={t('evidence.url')} error={linkProblem ?? fieldError(link.error, 'url')}>
              {(c) => <input {...c} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} />}
            </Field>
            <Field id={id('name')} label={t('evidence.name')} hint={t('evidence.nameHint')} error={fieldError(link.error, 'name')}>
              {(c) => <input {...c} type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
            </Field>
            <ErrorMessage error={link.error} />
            <div className="button-row">
              <button type="submit" className="button secondary" disabled={link.isPending}>
                {link.isPending ? t('working') : t('evidence.addLink', { level })}
              </button>
            </div>
          </form>
        </details>
      </div>
    </div>
  );
}
