/**
 * A version's rows between the file and the datastore: read from the file as the columns' types
 * say, checked cell by cell and stored in batches; and read back from the datastore in batches.
 * Neither way holds a whole table.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ColumnSpec } from './opendata.tables.js';
import { LISTED_PROBLEMS } from './resource.errors.js';
import * as repo from './resource.repository.js';
import { type CellProblem, type CoerceColumn, coerceRow, type DataRow } from './table.coerce.js';
import type { ScannedTable, TableFile } from './table.parse.js';

/** Rows per INSERT: large enough that 100,000 rows are a few dozen statements, small enough to keep each one light. */
export const INSERT_BATCH = 2000;

/** How each column is read: the producer's type, the style the file writes its numbers in. */
export const coerceColumns = (columns: ColumnSpec[], scanned: ScannedTable): CoerceColumn[] =>
  columns.map((c, i) => ({ name: c.name, type: c.type, numberStyle: scanned.guesses[i]?.numberStyle ?? 'id' }));

/**
 * Reads the table's rows as the columns say, and hands them on in batches (to be stored) or not
 * at all (a check). Every cell that does not fit is counted; the first hundred are kept.
 */
export async function readRows(
  table: TableFile,
  columns: CoerceColumn[],
  onBatch: ((rows: DataRow[], firstRowNo: number) => Promise<void>) | null,
): Promise<{ problems: CellProblem[]; problemCount: number; rowCount: number }> {
  const problems: CellProblem[] = [];
  let problemCount = 0;
  let rowCount = 0;
  let batch: DataRow[] = [];
  let header = true;
  for await (const { row, cells } of table.rows()) {
    if (header) {
      header = false;
      continue;
    }
    const coerced = coerceRow(cells, columns, row);
    problemCount += coerced.problems.length;
    if (problems.length < LISTED_PROBLEMS) problems.push(...coerced.problems.slice(0, LISTED_PROBLEMS - problems.length));
    rowCount++;
    if (!onBatch || problemCount > 0) continue;
    batch.push(coerced.data);
    if (batch.length === INSERT_BATCH) {
      await onBatch(batch, rowCount - batch.length + 1);
      batch = [];
    }
  }
  if (onBatch && problemCount === 0 && batch.length > 0) await onBatch(batch, rowCount - batch.length + 1);
  return { problems, problemCount, rowCount };
}

export async function* dataBatches(db: Kysely<Database>, versionId: string): AsyncGenerator<DataRow[]> {
  for await (const rows of repo.rowBatches(db, versionId)) yield rows.map((r) => r.data);
}
