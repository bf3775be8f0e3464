/** SQL for complaints, their timeline, co-handling OPDs, photos and supporters. */
import { type Compilable, type Kysely, type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { containsPattern } from '../../db/sql-helpers.js';
import { OPEN_STATUSES, type Status } from './complaint.states.js';
import type { ComplaintEventTable, ComplaintPhotoTable, ComplaintTable } from './complaints.tables.js';

export type ComplaintRow = Selectable<ComplaintTable>;
export type EventRow = Selectable<ComplaintEventTable>;
export type PhotoRow = Selectable<ComplaintPhotoTable>;

export type NewComplaint = Omit<
  ComplaintRow,
  | 'id'
  | 'number'
  | 'tracking_no'
  | 'place'
  | 'created_at'
  | 'updated_at'
  | 'escalation_level'
  | 'supporter_count'
  | 'reopen_count'
  | 'satisfaction'
  | 'duplicate_of'
  | 'closed_at'
  | 'responded_at'
  | 'attributes'
> & { attributes: Record<string, string> };

/**
 * The complaint, its first timeline entry and the other rows that must exist with it (its outbox
 * event and audit entry, built by the platform) in ONE statement: atomic without a transaction,
 * and one round trip instead of seven, which is most of what filing costs (bench/complaints). The
 * tracking number is SBT-<year>-<the sequence's next number, at least six digits>.
 */
export async function insertComplaintWithTrail(
  db: Kysely<Database>,
  row: NewComplaint & { id: string },
  year: string,
  firstEvent: Omit<NewEvent, 'complaint_id'>,
  trail: Array<Compilable>,
): Promise<ComplaintRow> {
  const values = { ...row, attributes: JSON.stringify(row.attributes) } as Record<string, unknown>;
  const columns = Object.keys(values);
  const event = db.insertInto('complaint_event').values({ ...firstEvent, complaint_id: row.id, data: JSON.stringify(firstEvent.data ?? {}) });
  const { rows } = await sql<ComplaintRow>`
    with n as (select nextval('complaint_number_seq') as number),
    new_complaint as (
      insert into complaint (number, tracking_no, ${sql.join(columns.map((c) => sql.ref(c)))})
      select n.number, ${`SBT-${year}-`} || lpad(n.number::text, greatest(6, length(n.number::text)), '0'),
             ${sql.join(columns.map((c) => sql`${values[c]}`))}
      from n
      returning *),
    first_event as (${event})
    ${sql.join(
      trail.map((t, i) => sql`, trail_${sql.raw(String(i))} as (${t})`),
      sql``,
    )}
    select * from new_complaint`.execute(db);
  return rows[0];
}

export async function findComplaint(
  db: Kysely<Database>,
  by: { id?: string; trackingNo?: string },
  { forUpdate = false } = {},
): Promise<ComplaintRow | undefined> {
  let query = db.selectFrom('complaint').selectAll();
  if (by.id) query = query.where('id', '=', by.id);
  else if (by.trackingNo) query = query.where('tracking_no', '=', by.trackingNo);
  else return undefined;
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export type ComplaintChanges = Partial<Omit<ComplaintRow, 'id' | 'number' | 'tracking_no' | 'place' | 'created_at' | 'attributes'>>;

export async function updateComplaint(db: Kysely<Database>, id: string, changes: ComplaintChanges): Promise<ComplaintRow> {
  return db
    .updateTable('complaint')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface NewEvent {
  complaint_id: string;
  type: string;
  from_status: Status | null;
  to_status: Status | null;
  visibility: 'public' | 'internal';
  actor_user_id: string | null;
  actor_party: EventRow['actor_party'];
  actor_opd_id: string | null;
  note: string | null;
  data?: Record<string, unknown>;
}

export async function insertEvent(db: Kysely<Database>, event: NewEvent): Promise<EventRow> {
  return db
    .insertInto('complaint_event')
    .values({ ...event, data: JSON.stringify(event.data ?? {}) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listEvents(db: Kysely<Database>, complaintId: string, { publicOnly }: { publicOnly: boolean }): Promise<EventRow[]> {
  let query = db.selectFrom('complaint_event').selectAll().where('complaint_id', '=', complaintId);
  if (publicOnly) query = query.where('visibility', '=', 'public');
  return query.orderBy('id').execute();
}

export async function setCoOpds(db: Kysely<Database>, complaintId: string, opdIds: string[]): Promise<void> {
  await db.deleteFrom('complaint_opd').where('complaint_id', '=', complaintId).execute();
  if (opdIds.length > 0)
    await db
      .insertInto('complaint_opd')
      .values(opdIds.map((opd_id) => ({ complaint_id: complaintId, opd_id })))
      .execute();
}

export async function coOpdsOf(db: Kysely<Database>, complaintId: string): Promise<string[]> {
  const rows = await db.selectFrom('complaint_opd').select('opd_id').where('complaint_id', '=', complaintId).execute();
  return rows.map((r) => r.opd_id);
}

export async function insertPhoto(db: Kysely<Database>, row: Omit<PhotoRow, 'id' | 'created_at'>): Promise<PhotoRow> {
  return db.insertInto('complaint_photo').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function photosOf(db: Kysely<Database>, complaintIds: string[]): Promise<PhotoRow[]> {
  if (complaintIds.length === 0) return [];
  return db.selectFrom('complaint_photo').selectAll().where('complaint_id', 'in', complaintIds).orderBy('position').execute();
}

export async function findPhoto(db: Kysely<Database>, id: string): Promise<PhotoRow | undefined> {
  return db.selectFrom('complaint_photo').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records one supporter; false when this person already supports the complaint. */
export async function addSupporter(db: Kysely<Database>, complaintId: string, supporterKey: string): Promise<boolean> {
  const inserted = await db
    .insertInto('complaint_supporter')
    .values({ complaint_id: complaintId, supporter_key: supporterKey })
    .onConflict((oc) => oc.doNothing())
    .returning('complaint_id')
    .executeTakeFirst();
  if (!inserted) return false;
  await db
    .updateTable('complaint')
    .set((eb) => ({ supporter_count: eb('supporter_count', '+', 1) }))
    .where('id', '=', complaintId)
    .execute();
  return true;
}

/** Moves a duplicate's supporters onto its original (each person counted once). */
export async function mergeSupporters(db: Kysely<Database>, fromId: string, intoId: string): Promise<void> {
  await sql`
    insert into complaint_supporter (complaint_id, supporter_key, created_at)
    select ${intoId}, supporter_key, created_at from complaint_supporter where complaint_id = ${fromId}
    on conflict do nothing`.execute(db);
  await sql`
    update complaint set supporter_count = (select count(*) from complaint_supporter where complaint_id = ${intoId}), updated_at = now()
    where id = ${intoId}`.execute(db);
}

export interface NearbyRow {
  id: string;
  tracking_no: string;
  description: string;
  status: Status;
  lat: number;
  lon: number;
  supporter_count: number;
  created_at: Date;
  metres: number;
  similarity: number;
}

/**
 * Open public complaints of one category within `radius` metres, nearest and most similar first.
 * earth_box narrows by the GiST index; earth_distance then keeps the true circle.
 */
export async function findNearbyOpen(
  db: Kysely<Database>,
  q: { categoryId: string; lat: number; lon: number; radius: number; text: string; limit: number; excludeId?: string },
): Promise<NearbyRow[]> {
  const { rows } = await sql<NearbyRow>`
    select id, tracking_no, description, status, lat, lon, supporter_count, created_at, metres, similarity
    from (
      select id, tracking_no, description, status, lat, lon, supporter_count, created_at,
             earth_distance(ll_to_earth(lat, lon), ll_to_earth(${q.lat}, ${q.lon})) as metres,
             similarity(description, ${q.text}) as similarity
      from complaint
      where status not in ('closed', 'rejected') and lat is not null
        and earth_box(ll_to_earth(${q.lat}, ${q.lon}), ${q.radius}) @> ll_to_earth(lat, lon)
        and category_id = ${q.categoryId} and privacy <> 'rahasia'
        and id <> ${q.excludeId ?? '00000000-0000-0000-0000-000000000000'}
    ) near
    where metres <= ${q.radius}
    order by metres / ${q.radius}::float8 - similarity, metres
    limit ${q.limit}`.execute(db);
  return rows;
}

export interface ComplaintFilter {
  statuses?: Status[];
  categoryId?: string;
  opdIds?: string[];
  kecamatanId?: string;
  from?: Date;
  to?: Date;
  bbox?: { minLat: number; minLon: number; maxLat: number; maxLon: number };
  /** Leave out rahasia complaints (every public answer does). */
  publicOnly?: boolean;
  overdue?: boolean;
  q?: string;
  /** A desk works its queue oldest first; lists and maps show the newest first. */
  oldestFirst?: boolean;
  limit: number;
  offset: number;
}

export async function listComplaints(db: Kysely<Database>, f: ComplaintFilter): Promise<{ rows: ComplaintRow[]; total: number; totalCapped: boolean }> {
  let query = db.selectFrom('complaint');
  if (f.publicOnly) query = query.where('privacy', '<>', 'rahasia');
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses);
  if (f.categoryId) query = query.where('category_id', '=', f.categoryId);
  if (f.opdIds) query = f.opdIds.length ? query.where('opd_id', 'in', f.opdIds) : query.where(sql<boolean>`false`);
  if (f.kecamatanId) query = query.where('kecamatan_id', '=', f.kecamatanId);
  if (f.from) query = query.where('created_at', '>=', f.from);
  if (f.to) query = query.where('created_at', '<', f.to);
  if (f.overdue) query = query.where('due_at', '<', new Date()).where('status', 'in', [...OPEN_STATUSES]);
  if (f.q) query = query.where((eb) => eb.or([eb('tracking_no', '=', f.q!.toUpperCase()), eb('description', 'ilike', containsPattern(f.q!))]));
  if (!f.bbox) {
    const [rows, total] = await Promise.all([page(db, query, f), cappedCount(db, query)]);
    return { rows, ...total };
  }
  const { minLon, minLat, maxLon, maxLat } = f.bbox;
  // Counting inside the box uses the GiST index on `place` (migration 07) and, capped, stays cheap.
  const inBox = query.where(sql<boolean>`place <@ box(point(${minLon}, ${minLat}), point(${maxLon}, ${maxLat}))`);
  const total = await cappedCount(db, inBox);
  if (!total.totalCapped) return { rows: await page(db, inBox, f), ...total };
  // A crowded box: the newest matches are found sooner by walking the newest-first index and
  // keeping what falls in the box than by sorting every match. The planner cannot know the box is
  // crowded (its estimate for <@ is a constant), so the same condition is put on the lat and lon
  // columns, whose statistics tell it how many rows fall in the box: it then walks the
  // newest-first index, which carries them (migration 08).
  const walked = query.where('lon', '>=', minLon).where('lon', '<=', maxLon).where('lat', '>=', minLat).where('lat', '<=', maxLat);
  return { rows: await page(db, walked, f), ...total };
}

type ListQuery = SelectQueryBuilder<Database, 'complaint', object>;

/**
 * The page's rows in one statement: their ids first, in a materialized step that an index answers
 * without visiting the table, then the rows themselves for those ids only. One round trip, as a
 * busy map list waits on each.
 */
function page(db: Kysely<Database>, q: ListQuery, f: Pick<ComplaintFilter, 'limit' | 'offset' | 'oldestFirst'>): Promise<ComplaintRow[]> {
  const direction = f.oldestFirst ? 'asc' : 'desc';
  const ids = q.select('id').orderBy('created_at', direction).orderBy('number', direction).limit(f.limit).offset(f.offset);
  return db
    .with(
      (cte) => cte('page').materialized(),
      () => ids,
    )
    .selectFrom('page')
    .innerJoin('complaint', 'complaint.id', 'page.id')
    .selectAll('complaint')
    .orderBy('complaint.created_at', direction)
    .orderBy('complaint.number', direction)
    .execute();
}

/**
 * Counting stops at COUNT_CAP: past that a person needs a narrower filter, not an exact number,
 * and counting a whole city's history on every page view would cost more than the page.
 */
async function cappedCount(db: Kysely<Database>, q: ListQuery): Promise<{ total: number; totalCapped: boolean }> {
  const row = await db
    .selectFrom(
      q
        .select(sql`1`.as('one'))
        .limit(COUNT_CAP + 1)
        .as('capped'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(row.n);
  return { total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}

export const COUNT_CAP = 1_000;

/**
 * Open complaints past their deadline that the clock may still act on (answers to close, or not
 * yet at the top escalation level), a page at a time by id.
 */
export async function findOverdue(db: Kysely<Database>, now: Date, limit: number, afterId?: string): Promise<ComplaintRow[]> {
  let query = db
    .selectFrom('complaint')
    .selectAll()
    .where('due_at', '<', now)
    .where('status', 'in', [...OPEN_STATUSES])
    .where((eb) => eb.or([eb('status', '=', 'responded'), eb('escalation_level', '<', 2)]));
  if (afterId) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(limit).execute();
}
