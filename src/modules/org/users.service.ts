/** Accounts and their roles, for admins; every change audited in its own transaction. */

import { commonErrors } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import { assertStrongPassword, hashPassword } from '../../platform/auth/passwords.js';
import type { RequestContext, Role, RoleGrant } from '../../platform/context.js';
import { decryptField, encryptField } from '../../platform/crypto.js';
import type { Platform } from '../../platform/module.js';
import { findOpdById } from './opd.repository.js';
import { orgErrors } from './org.errors.js';
import { deleteSessionsOfUser } from './sessions.repository.js';
import type { GrantRow, UserRow } from './users.repository.js';
import * as repo from './users.repository.js';

export const OPD_SCOPED_ROLES: readonly Role[] = ['operator_opd', 'kepala_opd'];

export interface UserView {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  hasNik: boolean;
  locale: 'id' | 'en';
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  roles: Array<{ id: string; role: Role; opdId: string | null; grantedAt: string }>;
}

export function userView(user: UserRow, grants: GrantRow[]): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    hasNik: user.nik_encrypted !== null,
    locale: user.locale,
    active: user.active,
    lockedUntil: user.locked_until && user.locked_until.getTime() > Date.now() ? user.locked_until.toISOString() : null,
    lastLoginAt: user.last_login_at?.toISOString() ?? null,
    createdAt: user.created_at.toISOString(),
    roles: grants.filter((g) => g.user_id === user.id).map((g) => ({ id: g.id, role: g.role, opdId: g.opd_id, grantedAt: g.granted_at.toISOString() })),
  };
}

/** What the audit log keeps of an account: never the password hash or the NIK. */
function auditable(user: UserRow) {
  return { email: user.email, name: user.name, phone: user.phone, hasNik: user.nik_encrypted !== null, locale: user.locale, active: user.active };
}

const NIK = /^\d{16}$/;

export interface CreateUserInput {
  email: string;
  name: string;
  phone?: string | null;
  nik?: string | null;
  password?: string;
  locale?: 'id' | 'en';
  roles?: RoleGrant[];
}

export interface UpdateUserInput {
  name?: string;
  phone?: string | null;
  nik?: string | null;
  locale?: 'id' | 'en';
  active?: boolean;
}

export function createUsersService(platform: Platform) {
  const { db, audit, secrets } = platform;

  async function checkGrant(grant: RoleGrant): Promise<void> {
    if (OPD_SCOPED_ROLES.includes(grant.role) && !grant.opdId) throw orgErrors.roleNeedsOpd(grant.role);
    if (grant.opdId && !(await findOpdById(db, grant.opdId))) throw orgErrors.opdNotFound(grant.opdId);
  }

  async function load(id: string): Promise<UserView> {
    const user = await repo.findUserById(db, id);
    if (!user) throw orgErrors.userNotFound(id);
    return userView(user, await repo.grantsOf(db, [id]));
  }

  return {
    /** Lists accounts with their roles, filtered and paged. */
    async list(ctx: RequestContext, filter: repo.UserFilter): Promise<{ items: UserView[]; total: number }> {
      authorize(ctx, 'user.read');
      const { rows, total } = await repo.listUsers(db, filter);
      const grants = await repo.grantsOf(
        db,
        rows.map((r) => r.id),
      );
      return { items: rows.map((r) => userView(r, grants)), total };
    },

    async get(ctx: RequestContext, id: string, { asSystem = false } = {}): Promise<UserView> {
      if (!asSystem) authorize(ctx, 'user.read');
      return load(id);
    },

    /** The signed-in user's own account. */
    async me(ctx: RequestContext): Promise<UserView> {
      if (!ctx.actor) throw commonErrors.unauthenticated();
      return load(ctx.actor.userId);
    },

    /** The NIK in clear, for an admin; every reading is audited. */
    async revealNik(ctx: RequestContext, id: string): Promise<string | null> {
      authorize(ctx, 'user.manage');
      const user = await repo.findUserById(db, id);
      if (!user) throw orgErrors.userNotFound(id);
      await db.transaction().execute((trx) => audit.record(trx, ctx, { action: 'user.nik_view', recordType: 'user', recordId: id }));
      return user.nik_encrypted ? decryptField(secrets.encryptionKey, user.nik_encrypted) : null;
    },

    /** Creates an account (the CLI passes a system context with no actor). */
    async create(ctx: RequestContext, input: CreateUserInput, { asSystem = false } = {}): Promise<UserView> {
      if (!asSystem) authorize(ctx, 'user.manage');
      if (input.nik && !NIK.test(input.nik)) throw orgErrors.invalidNik();
      if (input.password) assertStrongPassword(input.password, input.email);
      for (const grant of input.roles ?? []) await checkGrant(grant);
      if (await repo.findUserByEmail(db, input.email)) throw orgErrors.emailTaken(input.email);
      const passwordHash = input.password ? await hashPassword(input.password) : null;
      const id = await db.transaction().execute(async (trx) => {
        const user = await repo.insertUser(trx, {
          email: input.email.trim(),
          name: input.name.trim(),
          phone: input.phone ?? null,
          nik_encrypted: input.nik ? encryptField(secrets.encryptionKey, input.nik) : null,
          password_hash: passwordHash,
          locale: input.locale ?? platform.config.defaultLocale,
        });
        await audit.record(trx, ctx, { action: 'user.create', recordType: 'user', recordId: user.id, after: auditable(user) });
        for (const grant of input.roles ?? []) {
          await repo.insertGrant(trx, { user_id: user.id, role: grant.role, opd_id: grant.opdId, granted_by: ctx.actor?.userId ?? null });
          await audit.record(trx, ctx, { action: 'role.grant', recordType: 'user', recordId: user.id, opdId: grant.opdId, after: grant });
        }
        return user.id;
      });
      return load(id);
    },

    /** Changes an account; deactivating one ends its sessions. */
    async update(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserView> {
      authorize(ctx, 'user.manage');
      if (input.nik && !NIK.test(input.nik)) throw orgErrors.invalidNik();
      await db.transaction().execute(async (trx) => {
        const before = await repo.findUserById(trx, id);
        if (!before) throw orgErrors.userNotFound(id);
        if (input.active === false && before.active) {
          const grants = await repo.grantsOf(trx, [id]);
          if (grants.some((g) => g.role === 'admin') && (await repo.countActiveAdmins(trx)) <= 1) throw orgErrors.lastAdmin();
        }
        const after = await repo.updateUser(trx, id, {
          ...(input.name !== undefined ? { name: input.name.trim() } : {}),
          ...(input.phone !== undefined ? { phone: input.phone } : {}),
          ...(input.nik !== undefined ? { nik_encrypted: input.nik ? encryptField(secrets.encryptionKey, input.nik) : null } : {}),
          ...(input.locale !== undefined ? { locale: input.locale } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
        });
        if (!after) throw orgErrors.userNotFound(id);
        if (input.active === false) await deleteSessionsOfUser(trx, id);
        await audit.record(trx, ctx, { action: 'user.update', recordType: 'user', recordId: id, before: auditable(before), after: auditable(after) });
      });
      return load(id);
    },

    /** Sets a password for another account (an admin resetting it by hand). */
    async setPassword(ctx: RequestContext, id: string, password: string, { asSystem = false } = {}): Promise<void> {
      if (!asSystem) authorize(ctx, 'user.manage');
      const user = await repo.findUserById(db, id);
      if (!user) throw orgErrors.userNotFound(id);
      assertStrongPassword(password, user.email);
      const hash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, id, { password_hash: hash, failed_logins: 0, locked_until: null });
        await deleteSessionsOfUser(trx, id);
        await audit.record(trx, ctx, { action: 'user.password_set', recordType: 'user', recordId: id });
      });
    },

    async grant(ctx: RequestContext, userId: string, grant: RoleGrant, { asSystem = false } = {}): Promise<UserView> {
      if (!asSystem) authorize(ctx, 'user.manage');
      await checkGrant(grant);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.findUserById(trx, userId))) throw orgErrors.userNotFound(userId);
        const row = await repo.insertGrant(trx, { user_id: userId, role: grant.role, opd_id: grant.opdId, granted_by: ctx.actor?.userId ?? null });
        if (!row) throw orgErrors.grantExists();
        await audit.record(trx, ctx, { action: 'role.grant', recordType: 'user', recordId: userId, opdId: grant.opdId, after: grant });
      });
      return load(userId);
    },

    async revoke(ctx: RequestContext, userId: string, grantId: string, { asSystem = false } = {}): Promise<UserView> {
      if (!asSystem) authorize(ctx, 'user.manage');
      await db.transaction().execute(async (trx) => {
        const grants = await repo.grantsOf(trx, [userId]);
        const target = grants.find((g) => g.id === grantId);
        if (!target) throw orgErrors.grantNotFound(grantId);
        if (target.role === 'admin' && (await repo.countActiveAdmins(trx)) <= 1) throw orgErrors.lastAdmin();
        await repo.deleteGrant(trx, grantId, userId);
        await audit.record(trx, ctx, {
          action: 'role.revoke',
          recordType: 'user',
          recordId: userId,
          opdId: target.opd_id,
          before: { role: target.role, opdId: target.opd_id },
        });
      });
      return load(userId);
    },

    findByEmail: (email: string) => repo.findUserByEmail(db, email),

    /** Who to notify for an OPD (or city-wide roles when opdId is null): active accounts with these roles. */
    contacts: (roles: Role[], opdId: string | null) => repo.contactsWithRoles(db, roles, opdId),
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
