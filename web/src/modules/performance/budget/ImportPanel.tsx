/**
 * BKAD's realization workbook: download the year's template, fill it in, upload it. The import is
 * whole or nothing, so when the server refuses it every cell to correct is listed at once, by the
 * row and column Excel shows, to fix them all before trying again.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Notice } from '../../../ui/feedback';
import { AdminTable } from '../../admin/components/AdminTable';
import { budgetTemplateUrl, type CellProblem, cellProblemsOf, useImportBudget } from './api';

function CellTable({ caption, problems }: { caption: string; problems: CellProblem[] }) {
  const { t } = useTranslation('performance');
  return (
    <AdminTable caption={caption} columns={[t('budget.import.row'), t('budget.import.column'), t('budget.import.problem')]}>
      {problems.map((p) => (
        // A cell may have more than one problem: its message keeps the keys apart.
        <tr key={`${p.field}: ${p.message}`}>
          <td>{p.row ?? '—'}</td>
          <td>{p.header ? `${p.column ?? ''} (${p.header})` : (p.column ?? p.field)}</td>
          <td>{p.message}</td>
        </tr>
      ))}
    </AdminTable>
  );
}

export function ImportPanel({ periodId }: { periodId: string }) {
  const { t } = useTranslation('performance');
  const upload = useImportBudget(periodId);
  const [file, setFile] = useState<File | null>(null);
  const cells = cellProblemsOf(upload.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };

  return (
    <section aria-labelledby="budget-import-title">
      <h2 id="budget-import-title">{t('budget.import.title')}</h2>
      <p>{t('budget.import.intro')}</p>
      <p>
        <a className="button secondary" href={budgetTemplateUrl(periodId)} download>
          {t('budget.import.template')}
        </a>
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="budget-file">{t('budget.import.file')}</label>
          <input
            id="budget-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              upload.reset();
            }}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={!file || upload.isPending}>
            {upload.isPending ? t('working') : t('budget.import.submit')}
          </button>
        </div>
      </form>
      <ErrorMessage error={cells.length > 0 ? null : upload.error} />
      {cells.length > 0 && (
        <div className="alert alert-error" role="alert">
          {/* The server's sentence says the workbook was refused and nothing was written. */}
          <p>{upload.error?.message}</p>
          <CellTable caption={t('budget.import.errorsCaption')} problems={cells} />
        </div>
      )}
      {upload.data && (
        <Notice tone="success">
          <p>{t('budget.import.done', { file: upload.data.fileName, rows: upload.data.rows, cells: upload.data.cellsWritten })}</p>
          {upload.data.warnings.length > 0 && (
            <>
              <p>{t('budget.import.warnings')}</p>
              <CellTable caption={t('budget.import.warnings')} problems={upload.data.warnings} />
            </>
          )}
        </Notice>
      )}
    </section>
  );
}
