/** SQL for accounts and their role grants. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import { containsPattern } from '../../db/sql-helpers.js';
import type { RoleGrant } from '../../platform/context.js';
import type { AppUserTable, RoleGrantTable } from './org.tables.js';

export type UserRow = Selectable<AppUserTable>;
export type GrantRow = Selectable<RoleGrantTable>;

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface NewUser {
  email: string;
  name: string;
  phone: string | null;
  nik_encrypted: string | null;
  password_hash: string | null;
  locale: 'id' | 'en';
}

export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<UserRow> {
  return db.insertInto('app_user').values(user).returningAll().executeTakeFirstOrThrow();
}

export type UserChanges = Partial<
  Pick<UserRow, 'name' | 'phone' | 'nik_encrypted' | 'password_hash' | 'locale' | 'active' | 'failed_logins' | 'locked_until' | 'last_login_at' | 'email'>
>;

export async function updateUser(db: Kysely<Database>, id: string, changes: UserChanges): Promise<UserRow | undefined> {
  return db
    .updateTable('app_user')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export interface UserFilter {
  q?: string;
  role?: RoleGrant['role'];
  opdId?: string;
  active?: boolean;
  limit: number;
  offset: number;
}

export async function listUsers(db: Kysely<Database>, filter: UserFilter): Promise<{ rows: UserRow[]; total: number }> {
  let query = db.selectFrom('app_user');
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where((eb) => eb.or([eb('name', 'ilike', like), eb('email', 'ilike', like)]));
  }
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  if (filter.role || filter.opdId) {
    query = query.where((eb) => {
      let sub = eb.selectFrom('role_grant').select('role_grant.id').whereRef('role_grant.user_id', '=', 'app_user.id');
      if (filter.role) sub = sub.where('role_grant.role', '=', filter.role);
      if (filter.opdId) sub = sub.where('role_grant.opd_id', '=', filter.opdId);
      return eb.exists(sub);
    });
  }
  const [rows, count] = await Promise.all([
    query.selectAll('app_user').orderBy('name').orderBy('id').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function grantsOf(db: Kysely<Database>, userIds: string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return db.selectFrom('role_grant').selectAll().where('user_id', 'in', userIds).orderBy('granted_at').execute();
}

export async function insertGrant(
  db: Kysely<Database>,
  grant: { user_id: string; role: RoleGrant['role']; opd_id: string | null; granted_by: string | null },
): Promise<GrantRow | undefined> {
  return db
    .insertInto('role_grant')
    .values(grant)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function deleteGrant(db: Kysely<Database>, grantId: string, userId: string): Promise<GrantRow | undefined> {
  return db.deleteFrom('role_grant').where('id', '=', grantId).where('user_id', '=', userId).returningAll().executeTakeFirst();
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('role_grant')
    .innerJoin('app_user', 'app_user.id', 'role_grant.user_id')
    .where('role_grant.role', '=', 'admin')
    .where('app_user.active', '=', true)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Active accounts holding one of these roles, scoped to this OPD when given (unscoped roles when null). */
export async function contactsWithRoles(
  db: Kysely<Database>,
  roles: RoleGrant['role'][],
  opdId: string | null,
): Promise<Array<{ email: string; name: string; locale: 'id' | 'en' }>> {
  let query = db
    .selectFrom('app_user')
    .innerJoin('role_grant', 'role_grant.user_id', 'app_user.id')
    .select(['app_user.email', 'app_user.name', 'app_user.locale'])
    .distinct()
    .where('app_user.active', '=', true)
    .where('role_grant.role', 'in', roles);
  query = opdId ? query.where('role_grant.opd_id', '=', opdId) : query.where('role_grant.opd_id', 'is', null);
  return query.execute();
}
