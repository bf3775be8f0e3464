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
