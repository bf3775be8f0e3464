/** Who is acting and from where: every service method that changes state takes one of these. */
import type { Locale } from '../config.js';

export const ROLES = ['warga', 'operator_opd', 'kepala_opd', 'admin', 'walidata', 'auditor', 'eksekutif'] as const;
export type Role = (typeof ROLES)[number];

/** A role held by a user, scoped to one OPD where opdId is set. */
export interface RoleGrant {
  role: Role;
  opdId: string | null;
}

export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface Actor {
  userId: string;
  name: string;
  email: string;
  roles: RoleGrant[];
  via: 'session' | 'token';
  /** Set when the request came with an API token: the token limits what its user may do. */
  token?: { id: string; name: string; scopes: TokenScope[] };
}

export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
  locale: Locale;
}

/** The context of work the platform does by itself (CLI, seeding, the worker). */
export function systemContext(locale: Locale = 'id'): RequestContext {
  return { actor: null, ip: null, requestId: null, locale };
}
