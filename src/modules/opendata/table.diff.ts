/**
 * What changed between two versions of a table, row by row, matched by the key columns: rows whose
 * key is new are added, rows whose key is gone are removed, and rows whose key is in both are
 * changed or unchanged by their other values. The default key is every column but the last (see
 * defaultKeyColumns in table.infer.ts): in a long table that last column is the value, so a
 * corrected figure counts as one changed row. With no key columns a row is compared whole, so rows
 * are only added, removed or unchanged. A key that occurs twice is matched occurrence by
 * occurrence, so duplicates are neither lost nor counted twice. Pure: no I/O.
 */
import type { VersionSummary } from './opendata.tables.js';
import type { DataRow } from './table.coerce.js';

/**
 * Takes the previous version's rows first, then the current version's, one at a time: only a
 * short signature of each previous row is held, so that two large versions are compared without
 * holding either whole.
 */
export class TableDiff {
  /** Signature of the other values, per key, one entry per occurrence not yet matched. */
  private readonly previous = new Map<string, string[]>();
  private previousCount = 0;
  private added = 0;
  private changed = 0;
  private unchanged = 0;
  private readonly valueColumns: string[];

  constructor(
    private readonly keyColumns: readonly string[],
    /** Every column of either version: a column that came or went changes each row's values. */
    allColumns: readonly string[],
  ) {
    const keys = new Set(keyColumns);
    this.valueColumns = [...new Set(allColumns)].filter((c) => !keys.has(c)).sort();
  }

  private keyOf(row: DataRow): string {
    // JSON keeps 12 and "12" apart, and no separator can be confused with a value.
    return JSON.stringify(this.keyColumns.length > 0 ? this.keyColumns.map((c) => row[c] ?? null) : this.valueColumns.map((c) => row[c] ?? null));
  }

  private valuesOf(row: DataRow): string {
    return this.keyColumns.length > 0 ? JSON.stringify(this.valueColumns.map((c) => row[c] ?? null)) : '';
  }

  addPrevious(row: DataRow): void {
    const key = this.keyOf(row);
    const list = this.previous.get(key);
    if (list) list.push(this.valuesOf(row));
    else this.previous.set(key, [this.valuesOf(row)]);
    this.previousCount++;
  }

  addCurrent(row: DataRow): void {
    const list = this.previous.get(this.keyOf(row));
    const before = list?.shift();
    if (before === undefined) {
      this.added++;
      return;
    }
    if (before === this.valuesOf(row)) this.unchanged++;
    else this.changed++;
  }

  summary(previousVersionNo: number | null): VersionSummary {
    const matched = this.changed + this.unchanged;
    return { previousVersionNo, added: this.added, removed: this.previousCount - matched, changed: this.changed, unchanged: this.unchanged };
  }
}

/** The summary of `current` against `previous` (null when there is no earlier version: every row is added). */
export function diffRows(
  previous: { versionNo: number; rows: Iterable<DataRow>; columns: readonly string[] } | null,
  current: { rows: Iterable<DataRow>; columns: readonly string[]; keyColumns: readonly string[] },
): VersionSummary {
  const diff = new TableDiff(current.keyColumns, [...current.columns, ...(previous?.columns ?? [])]);
  if (previous) for (const row of previous.rows) diff.addPrevious(row);
  for (const row of current.rows) diff.addCurrent(row);
  return diff.summary(previous?.versionNo ?? null);
}
