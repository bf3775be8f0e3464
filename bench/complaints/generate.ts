/**
 * Fills a database with `count` complaints over five years across Kota Malang's kecamatan, with a
 * realistic mix of categories, privacy choices and statuses (most closed, the last month still open).
 * One INSERT ... SELECT from generate_series per batch, so a million rows take minutes, not hours.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/db/schema.js';

export async function generateComplaints(db: Kysely<Database>, count: number, onProgress?: (done: number) => void): Promise<void> {
  const batch = 50_000;
  for (let done = 0; done < count; done += batch) {
    const n = Math.min(batch, count - done);
    // Points scatter around the kecamatan centres (about 2.5 km), which is where people live.
    await sql`
      with cat as (select array_agg(id order by code) as ids, array_agg(default_opd_id order by code) as opds from complaint_category),
           kec as (select array_agg(id order by name) as ids, array_agg(centre_lat order by name) as lats, array_agg(centre_lon order by name) as lons
                   from wilayah where level = 'kecamatan'),
           src as (
             select g, nextval('complaint_number_seq') as number,
                    1 + floor(random() * 15)::int as ci, 1 + floor(random() * 5)::int as ki,
                    now() - (random() * interval '1825 days') as created, random() as r
             from generate_series(1, ${n}) g)
      insert into complaint (number, tracking_no, secret_hash, kind, category_id, description, address, lat, lon,
                             location_source, location_approximate, kecamatan_id, channel, privacy, status, opd_id,
                             due_at, created_at, updated_at, verified_at, dispositioned_at, responded_at, closed_at, satisfaction)
      select number, 'SBT-' || to_char(created at time zone 'Asia/Jakarta', 'YYYY') || '-' || lpad(number::text, greatest(6, length(number::text)), '0'),
             md5(number::text), (array['pengaduan','aspirasi','permintaan_informasi'])[1 + (number % 3)::int],
             cat.ids[least(ci, array_length(cat.ids, 1))],
             (array['Jalan berlubang di depan rumah warga','Lampu jalan mati sejak minggu lalu','Sampah menumpuk di pinggir jalan',
                    'Saluran air tersumbat dan meluap','Parkir liar menutup trotoar','Pohon tumbang menghalangi jalan'])[1 + (number % 6)::int]
               || ' nomor ' || number,
             null,
             kec.lats[ki] + (random() - 0.5) * 0.045, kec.lons[ki] + (random() - 0.5) * 0.045,
             'pin', true, kec.ids[ki], 'web', case when r < 0.03 then 'rahasia' when r < 0.1 then 'anonim' else 'publik' end,
             case when created > now() - interval '30 days' then (array['submitted','dispositioned','accepted','in_progress','responded'])[1 + (number % 5)::int]
                  when r < 0.05 then 'rejected' else 'closed' end,
             cat.opds[least(ci, array_length(cat.opds, 1))],
             created + interval '7 days', created, created + interval '5 days', created + interval '1 day', created + interval '1 day',
             created + interval '4 days', case when created <= now() - interval '30 days' then created + interval '10 days' end,
             case when r > 0.5 then 1 + (number % 5)::int end
      from src, cat, kec`.execute(db);
    onProgress?.(done + n);
  }
  // What autovacuum would have done by now on a live system: statistics, and the visibility map
  // that lets index-only scans skip the table.
  await sql`vacuum analyze complaint`.execute(db);
}
