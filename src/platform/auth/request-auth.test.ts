import { describe, expect, it } from 'vitest';
import { apiTokenOf } from './request-auth.js';

const of = (headers: Record<string, string | string[] | undefined>) => apiTokenOf({ headers } as never);

describe('apiTokenOf', () => {
  it('reads a Bearer token or the bare token CKAN clients send in Authorization', () => {
    expect(of({ authorization: 'Bearer bk_abc123' })).toBe('bk_abc123');
    expect(of({ authorization: 'bearer   bk_abc123 ' })).toBe('bk_abc123');
    expect(of({ authorization: 'bk_abc123' })).toBe('bk_abc123');
  });

  it('falls back to X-CKAN-API-Key, as older CKAN clients send it', () => {
    expect(of({ 'x-ckan-api-key': ' bk_key ' })).toBe('bk_key');
  });

  it('prefers Authorization when both are sent', () => {
    expect(of({ authorization: 'Bearer bk_auth', 'x-ckan-api-key': 'bk_key' })).toBe('bk_auth');
  });

  it('finds no token in empty headers', () => {
    expect(of({})).toBeUndefined();
    expect(of({ authorization: '  ' })).toBeUndefined();
    expect(of({ 'x-ckan-api-key': '' })).toBeUndefined();
  });
});
