import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // Newest first, carrying what lists filter on: a crowded map box is answered by walking this
  // index from the newest and keeping what falls in the box, without touching the table
  // (complaint.repository.ts, listComplaints). It also serves every list without a box.
  await sql`
    create index complaint_newest on complaint (created_at desc, number desc)
    include (id, lat, lon, privacy, status, category_id, opd_id, kecamatan_id)`.execute(db);
  await sql`drop index complaint_by_created`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
