/**
 * The first start makes one admin account so that somebody can sign in at all. Its password is
 * random and shown once, by the caller, on the console; it is stored only as an argon2id hash.
 */
import { systemContext } from '../../platform/context.js';
import { randomToken } from '../../platform/crypto.js';
import type { Platform } from '../../platform/module.js';
import { countActiveAdmins, findUserByEmail, grantsOf, updateUser } from './users.repository.js';
import { createUsersService } from './users.service.js';

export interface FirstAdmin {
  email: string;
  password: string;
}

/** Creates the admin account when the city has no active admin; returns its login, or null. */
export async function ensureFirstAdmin(platform: Platform): Promise<FirstAdmin | null> {
  if ((await countActiveAdmins(platform.db)) > 0) return null;
  const users = createUsersService(platform);
  const ctx = systemContext(platform.config.defaultLocale);
  const password = randomToken(15);
  const existing = await findUserByEmail(platform.db, platform.config.adminEmail);
  if (existing) {
    // The account exists but lost its admin role or was deactivated: restore it, with a new password.
    if (!existing.active) await updateUser(platform.db, existing.id, { active: true });
    await users.setPassword(ctx, existing.id, password, { asSystem: true });
    const grants = await grantsOf(platform.db, [existing.id]);
    if (!grants.some((g) => g.role === 'admin')) await users.grant(ctx, existing.id, { role: 'admin', opdId: null }, { asSystem: true });
    return { email: existing.email, password };
  }
  try {
    await users.create(
      ctx,
      { email: platform.config.adminEmail, name: 'Administrator', password, roles: [{ role: 'admin', opdId: null }] },
      { asSystem: true },
    );
  } catch (error) {
    // Processes started at the same moment on one database all found no admin; the first to insert
    // made it and shows its password. The others must start normally and show nothing.
    if ((await countActiveAdmins(platform.db)) > 0) return null;
    throw error;
  }
  return { email: platform.config.adminEmail, password };
}
