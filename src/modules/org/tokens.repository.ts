/** SQL for API tokens: only their hash is stored. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { TokenScope } from '../../platform/context.js';
import type { ApiTokenTable } from './org.tables.js';

export type TokenRow = Selectable<ApiTokenTable>;

export async function insertToken(
  db: Kysely<Database>,
  row: { user_id: string; name: string; token_hash: string; prefix: string; scopes: TokenScope[]; created_by: string | null; expires_at: Date | null },
): Promise<TokenRow> {
  return db
    .insertInto('api_token')
    .values({ ...row, scopes: JSON.stringify(row.scopes), last_used_at: null, revoked_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUsableToken(db: Kysely<Database>, tokenHash: string): Promise<TokenRow | undefined> {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', new Date())]))
    .executeTakeFirst();
}

export async function touchToken(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: new Date() }).where('id', '=', id).execute();
}

export async function findToken(db: Kysely<Database>, id: string): Promise<TokenRow | undefined> {
  return db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function revokeToken(db: Kysely<Database>, id: string): Promise<TokenRow | undefined> {
  return db.updateTable('api_token').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
}

export async function listTokens(
  db: Kysely<Database>,
  filter: { userId?: string; includeRevoked: boolean; limit: number; offset: number },
): Promise<{ rows: TokenRow[]; total: number }> {
  let query = db.selectFrom('api_token');
  if (filter.userId) query = query.where('user_id', '=', filter.userId);
  if (!filter.includeRevoked) query = query.where('revoked_at', 'is', null);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
