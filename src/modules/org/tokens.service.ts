import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext, TokenScope } from '../../platform/context.js';
import { randomToken } from '../../platform/crypto.js';
import type { Platform } from '../../platform/module.js';
import { apiTokenHash, TOKEN_PREFIX } from './identity.service.js';
import { orgErrors } from './org.errors.js';
import type { TokenRow } from './tokens.repository.js';
import * as repo from './tokens.repository.js';
import { findUserById } from './users.repository.js';

export interface TokenView {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function tokenView(row: TokenRow): TokenView {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

function demand(ctx: RequestContext, asSystem: boolean): void {
  if (!asSystem) authorize(ctx, 'token.manage');
}

export interface CreateTokenInput {
  userId: string;
  name: string;
  scopes: TokenScope[];
  expiresAt?: Date | null;
}

export function createTokensService(platform: Platform) {
  const { db, audit } = platform;
  return {
    /** Issues a token; the secret is in the answer and nowhere else, ever. */
    async create(ctx: RequestContext, input: CreateTokenInput, { asSystem = false } = {}): Promise<{ token: string; view: TokenView }> {
      demand(ctx, asSystem);
      const secret = `${TOKEN_PREFIX}${randomToken(32)}`;
      const row = await db.transaction().execute(async (trx) => {
        if (!(await findUserById(trx, input.userId))) throw orgErrors.userNotFound(input.userId);
        const inserted = await repo.insertToken(trx, {
          user_id: input.userId,
          name: input.name.trim(),
          token_hash: apiTokenHash(secret),
          prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
          scopes: [...new Set(input.scopes)],
          created_by: ctx.actor?.userId ?? null,
          expires_at: input.expiresAt ?? null,
        });
        await audit.record(trx, ctx, {
          action: 'token.create',
          recordType: 'api_token',
          recordId: inserted.id,
          after: { name: inserted.name, userId: inserted.user_id, scopes: inserted.scopes },
        });
        return inserted;
      });
      return { token: secret, view: tokenView(row) };
    },

    async list(ctx: RequestContext, filter: { userId?: string; includeRevoked: boolean; limit: number; offset: number }) {
      demand(ctx, false);
      const { rows, total } = await repo.listTokens(db, filter);
      return { items: rows.map(tokenView), total };
    },

    /** Revokes a token at once: the next request with it is refused. */
    async revoke(ctx: RequestContext, id: string, { asSystem = false } = {}): Promise<TokenView> {
      demand(ctx, asSystem);
      return db.transaction().execute(async (trx) => {
        const row = await repo.revokeToken(trx, id);
        if (!row) throw orgErrors.tokenNotFound(id);
        await audit.record(trx, ctx, { action: 'token.revoke', recordType: 'api_token', recordId: id, before: { name: row.name } });
        return tokenView(row);
      });
    },
  };
}

export type TokensService = ReturnType<typeof createTokensService>;
