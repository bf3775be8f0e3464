/** SQL for SAMBAT's statistics: one pass over the complaints filed in a period, grouped by OPD. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface OpdStatsRow {
  opd_id: string | null;
  received: number;
  dispositioned: number;
  answered: number;
  answered_in_time: number;
  closed: number;
  reopened: number;
  median_hours_to_verify: number | null;
  median_hours_to_answer: number | null;
  satisfaction: number | null;
  rated: number;
}

/**
 * Counts for complaints filed in [from, to), by the OPD now responsible. "Answered" uses each
 * complaint's first answer; "in time" compares it with the deadline that was running when it came
 * (kept on the timeline entry as dueBefore).
 */
export async function opdStats(db: Kysely<Database>, from: Date, to: Date, opdId?: string): Promise<OpdStatsRow[]> {
  const { rows } = await sql<OpdStatsRow>`
    select c.opd_id,
           count(*)::int as received,
           count(c.verified_at)::int as dispositioned,
           count(r.at)::int as answered,
           (count(*) filter (where r.at is not null and r.due is not null and r.at <= r.due))::int as answered_in_time,
           (count(*) filter (where c.status = 'closed'))::int as closed,
           (count(*) filter (where c.reopen_count > 0))::int as reopened,
           percentile_cont(0.5) within group (order by extract(epoch from c.verified_at - c.created_at) / 3600)
             filter (where c.verified_at is not null) as median_hours_to_verify,
           percentile_cont(0.5) within group (order by extract(epoch from r.at - c.verified_at) / 3600)
             filter (where r.at is not null and c.verified_at is not null) as median_hours_to_answer,
           avg(c.satisfaction)::float8 as satisfaction,
           count(c.satisfaction)::int as rated
    from complaint c
    left join lateral (
      select e.at, (e.data ->> 'dueBefore')::timestamptz as due
      from complaint_event e where e.complaint_id = c.id and e.type = 'responded' order by e.id limit 1
    ) r on true
    where c.created_at >= ${from} and c.created_at < ${to}
      ${opdId ? sql`and c.opd_id = ${opdId}` : sql``}
    group by c.opd_id
    order by received desc`.execute(db);
  return rows;
}

/**
 * Complaints whose first answer the OPD gave in [from, to), and how many of those came within the
 * deadline running at the time. Counted by the answer's date and the OPD that answered, so a
 * quarter's figure stops changing once the quarter is over.
 */
export async function answeredInTime(db: Kysely<Database>, opdId: string, from: Date, to: Date): Promise<{ answered: number; in_time: number }> {
  const { rows } = await sql<{ answered: number; in_time: number }>`
    select count(*)::int as answered,
           (count(*) filter (where (e.data ->> 'dueBefore') is not null and e.at <= (e.data ->> 'dueBefore')::timestamptz))::int as in_time
    from complaint_event e
    where e.type = 'responded' and e.actor_opd_id = ${opdId} and e.at >= ${from} and e.at < ${to}
      and not exists (select 1 from complaint_event p where p.complaint_id = e.complaint_id and p.type = 'responded' and p.id < e.id)`.execute(db);
  return rows[0] ?? { answered: 0, in_time: 0 };
}
