import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from './config.js';
import { configRefusal } from './testing/config-refusal.js';

const refusal = configRefusal;

describe('configuration', () => {
  it('starts on the documented defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.defaultLocale).toBe('id');
    expect(config.cityTimezone).toBe('Asia/Jakarta');
    expect(config.cityBbox).toEqual({ minLat: -8.05, minLon: 112.57, maxLat: -7.9, maxLon: 112.7 });
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: must be a whole number from 0 to 65535, got "abc"$/],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DATABASE_POOL_SIZE: '0' }, /^DATABASE_POOL_SIZE: must be a whole number from 1 to 500/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL: must start with postgres: or postgresql:/],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL: must be a URL/],
    [{ PUBLIC_URL: 'ftp://city' }, /^PUBLIC_URL: must start with http: or https:/],
    [{ SESSION_SECRET: 'short' }, /^SESSION_SECRET: must be at least 32 characters/],
    [{ SMTP_URL: 'http://mail' }, /^SMTP_URL: must start with smtp: or smtps:/],
    [{ DEFAULT_LOCALE: 'fr' }, /^DEFAULT_LOCALE: must be one of id, en, got "fr"$/],
    [{ CITY_TIMEZONE: 'Mars/Olympus' }, /^CITY_TIMEZONE: must be an IANA time zone/],
    [{ CITY_BBOX: '-7.9,112.57,-8.05,112.70' }, /^CITY_BBOX: must be "minLat,minLon,maxLat,maxLon" with min below max/],
    [{ CITY_BBOX: '1,2,3' }, /^CITY_BBOX: /],
    [{ UPLOAD_MAX_BYTES: '-1' }, /^UPLOAD_MAX_BYTES: /],
    [{ TRUST_PROXY: 'maybe' }, /^TRUST_PROXY: must be true or false/],
    [{ MAIL_FROM: 'nobody' }, /^MAIL_FROM: must be an email address/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: must be one of/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(refusal(env)).toMatch(message);
  });

  it('accepts a PostgreSQL URL, https public URL and a custom bounding box', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/balaikota',
      PUBLIC_URL: 'https://balaikota.malangkota.go.id/',
      CITY_BBOX: '-7.4,112.5,-7.1,112.9',
      DEFAULT_LOCALE: 'en',
    });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/balaikota');
    expect(config.publicUrl).toBe('https://balaikota.malangkota.go.id');
    expect(config.cityBbox.maxLon).toBe(112.9);
    expect(config.defaultLocale).toBe('en');
  });

  it('reads exactly the documented variables', () => {
    const asked = new Set<string>();
    const env = new Proxy({} as Record<string, string | undefined>, {
      get(_target, name) {
        asked.add(String(name));
        return undefined;
      },
    });
    loadConfig(env);
    expect([...asked].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
