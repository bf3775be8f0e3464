/**
 * The columns the server read from an upload, to be confirmed before the data counts: each with
 * the type it guessed (text, whole number, number, date, yes/no), a unit (satuan) and whether it
 * is a key column. Key columns together name one row (a region code and a year, say); the next
 * version is compared by them to count rows added, removed and changed.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../admin/components/errors';
import { useConfirmColumns, useRows } from '../shared/api';
import { TableError } from '../shared/TableError';
import { COLUMN_TYPES, type ColumnKind, type ColumnSpec, type VersionView } from '../shared/types';
import { cellText } from '../shared/values';

interface Props {
  resourceId: string;
  resourceName: string;
  version: VersionView;
  onDone: (message: string) => void;
}

export function ColumnsEditor({ resourceId, resourceName, version, onDone }: Props) {
  const { t } = useTranslation('opendata');
  const id = useId();
  const [columns, setColumns] = useState<ColumnSpec[]>(version.columns.map((c) => ({ ...c })));
  const [keys, setKeys] = useState<string[]>(version.keyColumns);
  const confirm = useConfirmColumns(resourceId);
  // A few rows of the upload, so the producer sees what each guessed type was read from.
  const sample = useRows(resourceId, { limit: 3, offset: 0, version: version.versionNo });
  const examples = (name: string, type: ColumnKind) =>
    (sample.data?.records ?? [])
      .map((r) => cellText(r[name], type, t('preview.yes'), t('preview.no'), name))
      .filter((v) => v !== '—')
      .join('; ');
  const setColumn = (index: number, change: Partial<ColumnSpec>) => setColumns((current) => current.map((c, i) => (i === index ? { ...c, ...change } : c)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The editor leaves the page once the version is confirmed; the page, not the editor, says so.
    confirm
      .mutateAsync({ versionNo: version.versionNo, columns, keyColumns: keys })
      .then(() => onDone(t('columns.done', { no: version.versionNo, name: resourceName })))
      .catch(() => {
        // shown by TableError from confirm.error
      });
  };

  return (
    <form className="od-columns-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('columns.title', { no: version.versionNo, file: version.fileName })}</h4>
      <p className="hint">{t('columns.intro', { rows: version.rowCount })}</p>
      <div className="table-wrap">
        <table className="od-columns-table">
          <caption className="visually-hidden">{t('columns.caption', { name: resourceName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.type')}</th>
              <th scope="col">{t('columns.unit')}</th>
              <th scope="col">{t('columns.key')}</th>
              <th scope="col">{t('columns.example')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column, index) => {
              const typeError = fieldError(confirm.error, `columns.${index}.type`);
              const unitError = fieldError(confirm.error, `columns.${index}.unit`);
              return (
                <tr key={column.name}>
                  <th scope="row">{column.name}</th>
                  <td>
                    <select
                      aria-label={t('columns.typeOf', { column: column.name })}
                      value={column.type}
                      aria-invalid={typeError ? true : undefined}
                      onChange={(e) => setColumn(index, { type: e.target.value as ColumnKind })}
                    >
                      {COLUMN_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`columnType.${type}`)}
                        </option>
                      ))}
                    </select>
                    {typeError && (
                      <p className="field-error" role="alert">
                        {typeError}
                      </p>
                    )}
                  </td>
                  <td>
                    <input
                      aria-label={t('columns.unitOf', { column: column.name })}
                      value={column.unit}
                      maxLength={50}
                      aria-invalid={unitError ? true : undefined}
                      onChange={(e) => setColumn(index, { unit: e.target.value })}
                    />
                    {unitError && (
                      <p className="field-error" role="alert">
                        {unitError}
                      </p>
                    )}
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('columns.keyOf', { column: column.name })}
                      checked={keys.includes(column.name)}
                      onChange={(e) => setKeys((current) => (e.target.checked ? [...current, column.name] : current.filter((k) => k !== column.name)))}
                    />
                  </td>
                  <td className="od-example">{examples(column.name, column.type)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('columns.keyHint')}</p>
      {fieldError(confirm.error, 'keyColumns') && (
        <p className="field-error" role="alert">
          {fieldError(confirm.error, 'keyColumns')}
        </p>
      )}
      <TableError error={confirm.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={confirm.isPending}>
          {confirm.isPending ? t('working') : t('columns.confirm')}
        </button>
      </div>
    </form>
  );
}
