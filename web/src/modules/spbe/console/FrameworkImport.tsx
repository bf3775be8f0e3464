/**
 * The admin imports a framework (a new regulation) from a JSON file or a workbook like the ones
 * above. The server checks the whole file; what it refuses comes back as a list of problems, each
 * naming its place in the file, shown as a table to fix the file by.
 */

import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/problem';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { useImportFramework } from '../shared/api';

const ACCEPT = '.json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 5 * 1024 * 1024;

const PARTS = ['domains', 'aspects', 'indicators', 'scales', 'predicates', 'levels'];

/** "domains[0].aspects[1].weight" as "Domain ke-1 › Aspek ke-2 › weight"; a workbook's cell names stay as they are. */
function placeOf(field: string, t: TFunction<'spbe'>): string {
  return field
    .split('.')
    .map((part) => {
      const match = /^(\w+)\[(\d+)\]$/.exec(part);
      if (match && PARTS.includes(match[1])) return t(`import.place.${match[1]}`, { n: Number(match[2]) + 1 });
      return PARTS.includes(part) ? t(`import.place.all.${part}`) : part;
    })
    .join(' › ');
}

export function FrameworkImport({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation('spbe');
  const upload = useImportFramework();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const refused = upload.error instanceof ApiError ? upload.error : null;
  const problems = refused?.problem.errors ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('import.choose'));
    if (!/\.(json|xlsx)$/i.test(file.name)) return setProblem(t('import.wrongType'));
    if (file.size > MAX_BYTES) return setProblem(t('import.tooLarge'));
    setProblem(null);
    upload.mutate(file, {
      onSuccess: (f) => {
        onDone(t('import.done', { name: f.name, indicators: f.indicators }));
        setFile(null);
        setInputKey((k) => k + 1);
      },
    });
  };

  return (
    <section className="card form-card" aria-labelledby="spbe-import">
      <h2 id="spbe-import">{t('import.title')}</h2>
      <p className="hint">{t('import.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field id="spbe-import-file" label={t('import.file')} hint={t('import.fileHint')} error={problem ?? undefined}>
          {(c) => <input {...c} key={inputKey} type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </Field>
        {problems.length > 0 ? (
          <div className="alert alert-error spbe-problems" role="alert">
            <p>
              <strong>{refused?.message}</strong>
            </p>
            <p>{t('import.problems', { count: problems.length })}</p>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('import.problemsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import.col.place')}</th>
                    <th scope="col">{t('import.col.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((p) => (
                    <tr key={p.field + p.message}>
                      <td>
                        {placeOf(p.field, t)}
                        <code className="cell-sub">{p.field}</code>
                      </td>
                      <td>{p.message.startsWith(`${p.field} `) ? p.message.slice(p.field.length + 1) : p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : (
          <ErrorMessage error={upload.error} />
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={upload.isPending}>
            {upload.isPending ? t('working') : t('import.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
