/** SQL for sign-in sessions, failed sign-ins and password resets. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PasswordResetTable, UserSessionTable } from './org.tables.js';

export type SessionRow = Selectable<UserSessionTable>;

export async function insertSession(db: Kysely<Database>, row: Omit<SessionRow, 'created_at' | 'last_seen_at'>): Promise<void> {
  await db.insertInto('user_session').values(row).execute();
}

export async function findLiveSession(db: Kysely<Database>, idHash: string): Promise<SessionRow | undefined> {
  return db.selectFrom('user_session').selectAll().where('id_hash', '=', idHash).where('expires_at', '>', new Date()).executeTakeFirst();
}

export async function extendSession(db: Kysely<Database>, idHash: string, expiresAt: Date): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: new Date(), expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user (password change, deactivation), optionally keeping one. */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string, keepIdHash?: string): Promise<void> {
  let query = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (keepIdHash) query = query.where('id_hash', '!=', keepIdHash);
  await query.execute();
}

/** Removes sessions past their expiry, failures older than `before` and spent reset tokens. */
export async function deleteStaleAuthRows(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('user_session').where('expires_at', '<=', new Date()).execute();
  await db.deleteFrom('login_failure').where('at', '<', before).execute();
  await db
    .deleteFrom('password_reset')
    .where((eb) => eb.or([eb('expires_at', '<', before), eb('used_at', '<', before)]))
    .execute();
}

export async function recordLoginFailure(db: Kysely<Database>, ip: string, email: string): Promise<void> {
  await db
    .insertInto('login_failure')
    .values({ ip, email: email.toLowerCase().slice(0, 320) })
    .execute();
}

export async function recentFailuresFromIp(db: Kysely<Database>, ip: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
  const row = await db
    .selectFrom('login_failure')
    .where('ip', '=', ip)
    .where('at', '>', since)
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), oldest: (row.oldest as Date | null) ?? null };
}

export async function insertPasswordReset(db: Kysely<Database>, row: { token_hash: string; user_id: string; expires_at: Date }): Promise<void> {
  await db
    .insertInto('password_reset')
    .values({ ...row, used_at: null })
    .execute();
}

/** Marks a live, unused reset token used and returns it; undefined when it is unknown, used or expired. */
export async function consumePasswordReset(db: Kysely<Database>, tokenHash: string): Promise<Selectable<PasswordResetTable> | undefined> {
  return db
    .updateTable('password_reset')
    .set({ used_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returningAll()
    .executeTakeFirst();
}
