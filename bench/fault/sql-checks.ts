/**
 * What the database holds after a crash, read with SQL while no server runs: every acknowledged
 * complaint whole, no Idempotency-Key filed twice, and each filing's trail (timeline entry, audit
 * entry, outbox event, idempotency record, photo rows and files) present exactly when the complaint
 * is, since complaint.intake.service.ts writes them all in one transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { sha256 } from '../../src/platform/crypto.js';
import { type Filing, isPending } from './filing-client.js';

export interface SqlReport {
  complaints: number;
  /** Acknowledged filings found whole. */
  found: number;
  /** Filings that got no answer but had committed before the kill (their retry must replay). */
  committedUnanswered: number;
  /** Keys with more than one complaint. */
  duplicates: number;
  /** Missing numbers in the tracking sequence: allowed (a sequence skips on rollback and crash). */
  numberGaps: number;
  /** Photo files of filings that never committed: a leak on disk, not a loss. */
  orphanPhotoFiles: number;
  problems: string[];
}

interface ComplaintRow {
  id: string;
  number: number;
  tracking_no: string;
  description: string;
  category: string;
  lat: number | null;
  lon: number | null;
  address: string | null;
  privacy: string;
  secret_hash: string;
}

const KEY_IN_DESCRIPTION = /\[(crash-[a-z0-9-]+)\]/;

function countBy<T>(rows: T[], key: (row: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

/** Every stored file under uploads/complaints, as storage keys; sidecars and temporary files (dot names) left out. */
function storedPhotoKeys(uploadsDir: string): Set<string> {
  const base = path.join(uploadsDir, 'complaints');
  if (!fs.existsSync(base)) return new Set();
  const keys = new Set<string>();
  for (const entry of fs.readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !entry.name.startsWith('.')) keys.add(path.relative(uploadsDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return keys;
}

export async function checkDatabase(db: Kysely<Database>, filings: Filing[], uploadsDir: string): Promise<SqlReport> {
  const problems: string[] = [];
  const complaints = (
    await sql<ComplaintRow>`
      select c.id, c.number, c.tracking_no, c.description, cc.code as category, c.lat, c.lon, c.address, c.privacy, c.secret_hash
      from complaint c join complaint_category cc on cc.id = c.category_id
      order by c.number`.execute(db)
  ).rows;
  const submittedEvents = countBy(
    (await sql<{ id: string }>`select complaint_id as id from complaint_event where type = 'submitted'`.execute(db)).rows,
    (r) => r.id,
  );
  const audits = (
    await sql<{ id: string; photos: string | null }>`
      select record_id as id, after->>'photos' as photos from audit_log where action = 'complaint.create' and record_type = 'complaint'`.execute(db)
  ).rows;
  const auditCounts = countBy(audits, (r) => r.id);
  const auditPhotos = new Map(audits.map((r) => [r.id, Number(r.photos)]));
  const outboxEvents = countBy(
    (
      await sql<{ id: string }>`
        select payload->>'complaintId' as id from outbox where topic = 'complaint.changed' and payload->>'eventType' = 'submitted'`.execute(db)
    ).rows,
    (r) => r.id,
  );
  const idempotency = (
    await sql<{ key: string; tracking_no: string | null }>`
      select key, response->>'trackingNo' as tracking_no from idempotency_record where scope = 'sambat.file:public'`.execute(db)
  ).rows;
  const photoRows = (
    await sql<{ complaint_id: string; original_key: string; public_key: string; thumb_key: string }>`
      select complaint_id, original_key, public_key, thumb_key from complaint_photo`.execute(db)
  ).rows;

  // Each complaint's trail: written in the filing's transaction, so all of it or none.
  const ids = new Set(complaints.map((c) => c.id));
  const byTracking = new Map(complaints.map((c) => [c.tracking_no, c]));
  for (const c of complaints) {
    if ((submittedEvents.get(c.id) ?? 0) !== 1) problems.push(`${c.tracking_no}: ${submittedEvents.get(c.id) ?? 0} 'submitted' timeline entries, expected 1`);
    if ((auditCounts.get(c.id) ?? 0) !== 1) problems.push(`${c.tracking_no}: ${auditCounts.get(c.id) ?? 0} complaint.create audit entries, expected 1`);
    if ((outboxEvents.get(c.id) ?? 0) !== 1) problems.push(`${c.tracking_no}: ${outboxEvents.get(c.id) ?? 0} 'submitted' outbox events, expected 1`);
    const tail = /^SBT-\d{4}-(\d{6,})$/.exec(c.tracking_no)?.[1];
    if (Number(tail) !== c.number) problems.push(`${c.tracking_no}: tracking number does not match its number ${c.number}`);
  }
  for (const id of auditCounts.keys()) if (!ids.has(id)) problems.push(`audit entry complaint.create for ${id}, which does not exist`);
  for (const id of outboxEvents.keys()) if (!ids.has(id)) problems.push(`outbox event for complaint ${id}, which does not exist`);
  for (const r of idempotency)
    if (!r.tracking_no || !byTracking.has(r.tracking_no)) problems.push(`idempotency record ${r.key} points at ${r.tracking_no}, which does not exist`);
  if (byTracking.size !== complaints.length) problems.push('tracking numbers are not unique');
  if (new Set(complaints.map((c) => c.number)).size !== complaints.length) problems.push('complaint numbers are not unique');
  const numbers = complaints.map((c) => c.number);
  const numberGaps = numbers.length === 0 ? 0 : numbers[numbers.length - 1] - numbers[0] + 1 - numbers.length;

  // Photos: every row's three files on disk; files without a row are leftovers of filings that died.
  const photoCounts = countBy(photoRows, (r) => r.complaint_id);
  const onDisk = storedPhotoKeys(uploadsDir);
  const referenced = new Set<string>();
  for (const row of photoRows) {
    for (const key of [row.original_key, row.public_key, row.thumb_key]) {
      referenced.add(key);
      if (!onDisk.has(key)) problems.push(`photo file ${key} of complaint ${row.complaint_id} is missing from ${uploadsDir}`);
    }
  }
  const orphanPhotoFiles = [...onDisk].filter((k) => !referenced.has(k)).length;

  // Per Idempotency-Key: one complaint for an acknowledged filing, none for a refused one, at most one otherwise.
  const byKey = new Map<string, ComplaintRow[]>();
  for (const c of complaints) {
    const key = KEY_IN_DESCRIPTION.exec(c.description)?.[1];
    if (!key) {
      problems.push(`${c.tracking_no} was not filed by this test`);
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const keysSent = new Set(filings.map((f) => f.key));
  for (const key of byKey.keys()) if (!keysSent.has(key)) problems.push(`a complaint carries the key ${key}, which this run never sent`);
  const idempotencyKeys = new Map(idempotency.map((r) => [r.key, r.tracking_no]));
  let found = 0;
  let committedUnanswered = 0;
  let duplicates = 0;
  for (const filing of filings) {
    const rows = byKey.get(filing.key) ?? [];
    if (rows.length > 1) {
      duplicates++;
      problems.push(`key ${filing.key} filed ${rows.length} times: ${rows.map((r) => r.tracking_no).join(', ')}`);
    }
    if (rows.length === 1 && idempotencyKeys.get(filing.key) !== rows[0].tracking_no) {
      problems.push(`key ${filing.key}: its idempotency record names ${idempotencyKeys.get(filing.key)}, the complaint is ${rows[0].tracking_no}`);
    }
    if (rows.length === 0 && idempotencyKeys.has(filing.key)) problems.push(`key ${filing.key} has an idempotency record but no complaint`);
    if (filing.refused) {
      if (rows.length > 0) problems.push(`key ${filing.key} was refused (${filing.refused}) yet filed`);
      continue;
    }
    if (isPending(filing)) {
      if (rows.length === 1) committedUnanswered++;
      continue;
    }
    const answer = filing.answer!;
    const row = byTracking.get(answer.trackingNo);
    if (!row) {
      problems.push(`LOST: ${answer.trackingNo} (key ${filing.key}) was acknowledged and is not in the database`);
      continue;
    }
    const wrong: string[] = [];
    if (row.description !== filing.body.description) wrong.push('description');
    if (row.category !== filing.body.category) wrong.push('category');
    if (row.privacy !== filing.body.privacy) wrong.push('privacy');
    const loc = filing.body.location;
    if ('lat' in loc ? row.lat !== loc.lat || row.lon !== loc.lon : row.address !== loc.address || row.lat !== null) wrong.push('location');
    if (row.secret_hash !== sha256(answer.secret)) wrong.push('secret');
    if ((photoCounts.get(row.id) ?? 0) !== filing.photos.length) wrong.push(`photos (${photoCounts.get(row.id) ?? 0} of ${filing.photos.length})`);
    if (auditPhotos.get(row.id) !== filing.photos.length) wrong.push('photo count in the audit entry');
    if (wrong.length > 0) problems.push(`${answer.trackingNo} (key ${filing.key}) differs from what was filed: ${wrong.join(', ')}`);
    else found++;
  }
  return { complaints: complaints.length, found, committedUnanswered, duplicates, numberGaps, orphanPhotoFiles, problems };
}
