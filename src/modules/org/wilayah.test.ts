import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/context.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, problemOf, type Session, signIn, type TestApp } from '../../testing/test-app.js';
import { createUsersService } from './users.service.js';

interface Place {
  kecamatan: { id: string; name: string };
  kelurahan: { id: string; name: string } | null;
  method: string;
  approximate: boolean;
  note: string;
}

interface Listed {
  id: string;
  name: string;
  codes: Array<{ system: string; code: string }>;
  hasBoundary: boolean;
  centre: { lat: number; lon: number } | null;
}

/** A closed square in GeoJSON order ([lon, lat]) around a point given as lat, lon. */
function square(lat: number, lon: number, half = 0.003) {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon - half, lat - half],
        [lon + half, lat - half],
        [lon + half, lat + half],
        [lon - half, lat + half],
        [lon - half, lat - half],
      ],
    ],
  };
}

const boundaries = {
  type: 'FeatureCollection',
  name: 'batas_kelurahan_uji',
  features: [
    { type: 'Feature', properties: { KELURAHAN: 'KAUMAN', KECAMATAN: 'KLOJEN', KDEPUM: '35.73.02.1004' }, geometry: square(-7.984, 112.626) },
    { type: 'Feature', properties: { KELURAHAN: 'Oro Oro Dowo', KECAMATAN: 'Klojen' }, geometry: square(-7.968, 112.624) },
    { type: 'Feature', properties: { KELURAHAN: 'Kampung Warna-warni' }, geometry: square(-7.983, 112.638, 0.001) },
  ],
};

describe.each(DATABASE_KINDS)('wilayah on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let warga: Session;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const users = createUsersService(t.platform);
    await users.create(
      systemContext(),
      { email: 'admin.wilayah@example.id', name: 'Admin Wilayah', password: 'Tugu-Malang-1914', roles: [{ role: 'admin', opdId: null }] },
      { asSystem: true },
    );
    await users.create(
      systemContext(),
      { email: 'warga.sukun@example.id', name: 'Warga Sukun', password: 'Alun-alun-2026!', roles: [{ role: 'warga', opdId: null }] },
      { asSystem: true },
    );
    admin = await signIn(t.app, 'admin.wilayah@example.id', 'Tugu-Malang-1914');
    warga = await signIn(t.app, 'warga.sukun@example.id', 'Alun-alun-2026!');
  });

  afterAll(async () => {
    await t?.close();
  });

  const resolve = (lat: number, lon: number, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/org/wilayah/resolve?lat=${lat}&lon=${lon}`, headers });

  const list = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/org/wilayah' });
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: Array<Listed & { kelurahan: Listed[] }> }).items;
  };

  it('lists the 5 kecamatan by name with their 57 kelurahan, centres and codes, to anyone', async () => {
    const items = await list();
    expect(items.map((k) => k.name)).toEqual(['Blimbing', 'Kedungkandang', 'Klojen', 'Lowokwaru', 'Sukun']);
    expect(items.flatMap((k) => k.kelurahan)).toHaveLength(57);
    const klojen = items.find((k) => k.name === 'Klojen');
    expect(klojen?.centre).toEqual({ lat: -7.978, lon: 112.631 });
    expect(klojen?.codes).toEqual([{ system: 'bps', code: '357302' }]);
    expect(klojen?.kelurahan.map((k) => k.name)).toContain('Oro-oro Dowo');
    const lowokwaru = items.find((k) => k.name === 'Lowokwaru');
    expect(lowokwaru?.kelurahan.find((k) => k.name === 'Tunggulwulung')?.codes).toEqual([{ system: 'bps', code: '3573050001' }]);
    expect(items.flatMap((k) => k.kelurahan).some((k) => k.hasBoundary)).toBe(false);
  });

  it('resolves the alun-alun to Klojen by the nearest centre and says it is approximate while no boundaries are loaded', async () => {
    const res = await resolve(-7.9826, 112.6308, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(200);
    const place = res.json() as Place;
    expect(place).toMatchObject({ kecamatan: { name: 'Klojen' }, kelurahan: null, method: 'nearest_centre', approximate: true });
    expect(place.note).toMatch(/approximate.*not loaded/);

    const inIndonesian = (await resolve(-7.9826, 112.6308)).json() as Place;
    expect(inIndonesian.note).toMatch(/perkiraan.*belum dimuat/);
  });

  it('refuses a point outside Kota Malang with a 422 that gives the city box', async () => {
    const res = await resolve(-7.87, 112.52, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(422);
    const problem = problemOf(res);
    expect(problem.code).toBe('wilayah.outside_city');
    expect(problem.detail).toContain('outside Kota Malang');
    expect(problem.detail).toContain('-8.05');
  });

  it('refuses a latitude that is not a latitude', async () => {
    const res = await resolve(112.63, -7.98);
    expect(res.statusCode).toBe(400);
  });

  it('lets only admins import boundaries', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/org/wilayah/boundaries', payload: boundaries });
    expect(anonymous.statusCode).toBe(401);
    expect(problemOf(anonymous).code).toBe('auth.required');
    const citizen = await t.app.inject({ method: 'POST', url: '/api/org/wilayah/boundaries', payload: boundaries, headers: as(warga) });
    expect(citizen.statusCode).toBe(403);
    expect(problemOf(citizen).code).toBe('auth.forbidden');
    expect((await list()).flatMap((k) => k.kelurahan).some((k) => k.hasBoundary)).toBe(false);
  });

  it('refuses a body that is not a FeatureCollection and says what is expected', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/org/wilayah/boundaries',
      payload: { type: 'Feature', features: [] },
      headers: { ...as(admin), 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.code).toBe('wilayah.not_feature_collection');
    expect(problem.detail).toContain('FeatureCollection');
  });

  it('imports boundaries for an admin and reports what matched and what did not', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/org/wilayah/boundaries?source=geoportal-uji',
      payload: boundaries,
      headers: { ...as(admin), 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.source).toBe('geoportal-uji');
    expect(report.matched.map((m: { index: number; name: string }) => [m.index, m.name])).toEqual([
      [0, 'Kauman'],
      [1, 'Oro-oro Dowo'],
    ]);
    expect(report.unmatched).toEqual([expect.objectContaining({ index: 2, name: 'Kampung Warna-warni', reason: 'unknown_name' })]);
    expect(report.unmatched[0].detail).toContain('No kelurahan named');
    expect(report.counts).toMatchObject({ matched: 2, unmatched: 1, rejected: 0, kelurahanLoaded: 2, kelurahanWithBoundary: 2 });
    expect(report.counts.kelurahanWithoutBoundary).toHaveLength(55);
    expect(report.counts.kelurahanWithoutBoundary).not.toContain('Kauman');

    const klojen = (await list()).find((k) => k.name === 'Klojen');
    const kauman = klojen?.kelurahan.find((k) => k.name === 'Kauman');
    expect(kauman?.hasBoundary).toBe(true);
    expect(kauman?.codes).toEqual([{ system: 'kemendagri', code: '35.73.02.1004' }]);
    expect(klojen?.kelurahan.find((k) => k.name === 'Kasin')?.hasBoundary).toBe(false);
  });

  it('then resolves a point inside the Kauman boundary exactly', async () => {
    const place = (await resolve(-7.9845, 112.6265)).json() as Place;
    expect(place).toMatchObject({ kecamatan: { name: 'Klojen' }, kelurahan: { name: 'Kauman' }, method: 'boundary', approximate: false });
    const oroOroDowo = (await resolve(-7.968, 112.624)).json() as Place;
    expect(oroOroDowo.kelurahan?.name).toBe('Oro-oro Dowo');
  });

  it('falls back to the nearest kecamatan centre, approximately, for a point in no loaded boundary', async () => {
    const place = (await resolve(-7.935, 112.66, { 'accept-language': 'en' })).json() as Place;
    expect(place).toMatchObject({ kecamatan: { name: 'Blimbing' }, kelurahan: null, method: 'nearest_centre', approximate: true });
    expect(place.note).toContain('loaded for 2 kelurahan');
  });

  it('recorded the import in the audit log under the admin who made it', async () => {
    const entries = await t.platform.audit.list(t.platform.db, { action: 'wilayah.boundaries_import', limit: 10 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor_user_id: admin.userId, record_type: 'wilayah' });
    expect(entries[0].after).toMatchObject({ source: 'geoportal-uji', matched: 2, unmatched: 1, rejected: 0, kelurahanLoaded: ['Kauman', 'Oro-oro Dowo'] });
  });

  it('accepts a detailed .geojson file, sent as application/geo+json, far larger than the usual 1 MB request limit', async () => {
    // Kasin as a circle of 40,000 points: real kelurahan outlines are this fine-grained.
    const ring = Array.from({ length: 40_000 }, (_, i) => {
      const angle = (2 * Math.PI * i) / 40_000;
      return [112.622 + 0.004 * Math.cos(angle), -7.99 + 0.004 * Math.sin(angle)];
    });
    ring.push(ring[0]);
    const payload = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { kelurahan: 'Kasin' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
    };
    expect(JSON.stringify(payload).length).toBeGreaterThan(1_048_576);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/org/wilayah/boundaries',
      payload: JSON.stringify(payload),
      headers: { ...as(admin), 'content-type': 'application/geo+json' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().counts).toMatchObject({ matched: 1, kelurahanWithBoundary: 3 });
    expect(((await resolve(-7.99, 112.622)).json() as Place).kelurahan?.name).toBe('Kasin');
  });
});
