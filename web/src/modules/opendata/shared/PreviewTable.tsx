/**
 * A resource's rows as a table: sorted by a click on a column's heading (again for descending),
 * narrowed by a column and a value or by a text search over every column, and paged. The API does
 * the sorting and filtering, so they work over the whole table, not just the rows on screen.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { Pagination } from '../../../ui/Pagination';
import { sortOn, useRows } from './api';
import type { ColumnSpec, DatastoreField, RowsQuery } from './types';
import { cellText, isNumeric, typedValue } from './values';

const PAGE_SIZE = 20;
const ANY_COLUMN = '';

interface Sort {
  field: string;
  direction: 'asc' | 'desc';
}

interface Filter {
  column: string;
  value: string;
}

/** The row number the datastore adds to every record; it is the table's order, not a column of the data. */
export const visibleFields = (fields: DatastoreField[]) => fields.filter((f) => f.id !== '_id');

interface Props {
  resourceId: string;
  resourceName: string;
  /** The columns of the version shown, as confirmed by the producer: the filter offers these. */
  columns: ColumnSpec[];
  /** An older version; the latest confirmed one when left out. */
  versionNo?: number;
}

export function PreviewTable({ resourceId, resourceName, columns, versionNo }: Props) {
  const { t } = useTranslation('opendata');
  const formId = useId();
  const [sort, setSort] = useState<Sort | null>(null);
  const [filter, setFilter] = useState<Filter | null>(null);
  const [draft, setDraft] = useState<Filter>({ column: ANY_COLUMN, value: '' });
  const [page, setPage] = useState(1);

  const query: RowsQuery = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, version: versionNo };
  if (sort) query.sort = sortOn(sort.field, sort.direction);
  if (filter?.value) {
    if (filter.column === ANY_COLUMN) query.q = filter.value;
    else {
      const type = columns.find((c) => c.name === filter.column)?.type ?? 'text';
      query.filters = { [filter.column]: typedValue(filter.value, type) };
    }
  }
  const rows = useRows(resourceId, query);
  const fields = visibleFields(rows.data?.fields ?? []);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft.value.trim() ? { ...draft, value: draft.value.trim() } : null);
    setPage(1);
  };
  const clear = () => {
    setDraft({ column: ANY_COLUMN, value: '' });
    setFilter(null);
    setPage(1);
  };
  const sortBy = (field: string) => {
    setSort((current) => (current?.field === field ? (current.direction === 'asc' ? { field, direction: 'desc' } : null) : { field, direction: 'asc' }));
    setPage(1);
  };
  const total = rows.data?.total ?? 0;

  return (
    <div className="od-preview">
      <form className="od-filter" onSubmit={apply} aria-label={t('preview.filterLabel', { name: resourceName })}>
        <div className="field">
          <label htmlFor={`${formId}-column`}>{t('preview.column')}</label>
          <select id={`${formId}-column`} value={draft.column} onChange={(e) => setDraft({ ...draft, column: e.target.value })}>
            <option value={ANY_COLUMN}>{t('preview.anyColumn')}</option>
            {columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${formId}-value`}>{draft.column === ANY_COLUMN ? t('preview.search') : t('preview.value')}</label>
          <input
            id={`${formId}-value`}
            type={draft.column === ANY_COLUMN ? 'search' : 'text'}
            value={draft.value}
            onChange={(e) => setDraft({ ...draft, value: e.target.value })}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('preview.apply')}
          </button>
          {filter && (
            <button type="button" className="button secondary" onClick={clear}>
              {t('preview.clear')}
            </button>
          )}
        </div>
      </form>
      {rows.isPending ? (
        <Loading label={t('preview.loading')} />
      ) : rows.isError ? (
        <ErrorMessage error={rows.error} />
      ) : (
        <>
          <p className="hint" role="status">
            {rows.isFetching
              ? t('preview.refreshing')
              : filter
                ? t('preview.countFiltered', { count: total, n: formatNumber(total) })
                : t('preview.count', { count: total, n: formatNumber(total) })}
          </p>
          {rows.data.records.length === 0 ? (
            <EmptyState title={filter ? t('preview.emptyFiltered') : t('preview.empty')}>
              <p>{filter ? t('preview.emptyFilteredText') : t('preview.emptyText')}</p>
            </EmptyState>
          ) : (
            <div className="table-wrap od-rows">
              <table>
                <caption className="visually-hidden">{t('preview.caption', { name: resourceName })}</caption>
                <thead>
                  <tr>
                    {fields.map((f) => {
                      const current = sort?.field === f.id ? sort.direction : null;
                      return (
                        <th
                          key={f.id}
                          scope="col"
                          className={isNumeric(f.type) ? 'number' : undefined}
                          aria-sort={current === 'asc' ? 'ascending' : current === 'desc' ? 'descending' : undefined}
                        >
                          <button type="button" className="od-sort" onClick={() => sortBy(f.id)}>
                            {f.id}
                            {f.unit && <span className="od-unit"> ({f.unit})</span>}
                            <span aria-hidden="true">{current === 'asc' ? ' ▲' : current === 'desc' ? ' ▼' : ' ↕'}</span>
                            <span className="visually-hidden">
                              {current === 'asc' ? t('preview.sortedAsc') : current === 'desc' ? t('preview.sortedDesc') : t('preview.sortable')}
                            </span>
                          </button>
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {rows.data.records.map((record, index) => (
                    <tr key={String(record._id ?? index)}>
                      {fields.map((f) => (
                        <td key={f.id} className={isNumeric(f.type) ? 'number' : undefined}>
                          {cellText(record[f.id], f.type, t('preview.yes'), t('preview.no'), f.id)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
        </>
      )}
    </div>
  );
}
