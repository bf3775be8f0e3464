/** SQL for the holiday table. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { HolidayKind, HolidayTable } from './calendar.tables.js';

export type HolidayRow = Selectable<HolidayTable>;

/** The audit actions of holiday changes; the seed reads deletions back (see deletedHolidayDays). */
export const HOLIDAY_AUDIT = { create: 'holiday.create', update: 'holiday.update', delete: 'holiday.delete', recordType: 'holiday' } as const;

export interface NewHoliday {
  day: string;
  name: string;
  kind: HolidayKind;
  source: string | null;
}

export type HolidayChanges = Partial<Pick<HolidayRow, 'name' | 'kind' | 'source'>>;

/** Holidays from `from` to `to`, both included ('YYYY-MM-DD'), in date order. */
export async function findHolidaysBetween(db: Kysely<Database>, from: string, to: string): Promise<HolidayRow[]> {
  return db.selectFrom('holiday').selectAll().where('day', '>=', from).where('day', '<=', to).orderBy('day').execute();
}

export async function findHoliday(db: Kysely<Database>, day: string): Promise<HolidayRow | undefined> {
  return db.selectFrom('holiday').selectAll().where('day', '=', day).executeTakeFirst();
}

/** Inserts the day; undefined when the day is already in the table (so two admins racing get one row and one conflict). */
export async function insertHoliday(db: Kysely<Database>, row: NewHoliday): Promise<HolidayRow | undefined> {
  return db
    .insertInto('holiday')
    .values(row)
    .onConflict((oc) => oc.column('day').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Inserts the days that are not in the table yet and leaves the others untouched; returns how many were added. */
export async function insertHolidaysIfAbsent(db: Kysely<Database>, rows: readonly NewHoliday[]): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await db
    .insertInto('holiday')
    .values([...rows])
    .onConflict((oc) => oc.column('day').doNothing())
    .returning('day')
    .execute();
  return added.length;
}

export async function updateHoliday(db: Kysely<Database>, day: string, changes: HolidayChanges): Promise<HolidayRow | undefined> {
  return db
    .updateTable('holiday')
    .set({ ...changes, updated_at: new Date() })
    .where('day', '=', day)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteHoliday(db: Kysely<Database>, day: string): Promise<HolidayRow | undefined> {
  return db.deleteFrom('holiday').where('day', '=', day).returningAll().executeTakeFirst();
}

/**
 * Which of these days an admin has ever removed, read from the audit log: the seed must not bring
 * them back.
 */
export async function deletedHolidayDays(db: Kysely<Database>, days: readonly string[]): Promise<Set<string>> {
  if (days.length === 0) return new Set();
  const rows = await db
    .selectFrom('audit_log')
    .select('record_id')
    .distinct()
    .where('action', '=', HOLIDAY_AUDIT.delete)
    .where('record_type', '=', HOLIDAY_AUDIT.recordType)
    .where('record_id', 'in', [...days])
    .execute();
  return new Set(rows.map((r) => r.record_id).filter((d): d is string => d !== null));
}
