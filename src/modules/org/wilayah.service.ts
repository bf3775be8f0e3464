/**
 * Wilayah: the city's kecamatan and kelurahan, where a point lies among them, and the import of
 * kelurahan boundaries. Until boundaries are imported a point resolves only to the nearest
 * kecamatan centre, and every answer says so.
 */
import { AppError, type LocalizedText } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import { perDatabase, ttlCache } from '../../platform/cache.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { type CodeConflict, type DuplicateKelurahan, isFeatureCollection, type MatchedFeature, matchBoundaries } from './boundaries.import.js';
import * as repo from './wilayah.repository.js';
import { insideBbox, nearestCentre, pointInBoundary } from './wilayah.resolver.js';

export interface WilayahCodeView {
  system: string;
  code: string;
}

export interface WilayahView {
  id: string;
  name: string;
  codes: WilayahCodeView[];
  hasBoundary: boolean;
  centre: { lat: number; lon: number } | null;
}

export interface KecamatanView extends WilayahView {
  kelurahan: WilayahView[];
}

export interface ResolvedPlace {
  kecamatan: { id: string; name: string };
  kelurahan: { id: string; name: string } | null;
  method: 'boundary' | 'nearest_centre';
  approximate: boolean;
  note: string;
}

export interface BoundaryImportResult {
  source: string;
  matched: MatchedFeature[];
  unmatched: Array<{ index: number; name: string | null; reason: string; detail: string }>;
  rejected: Array<{ index: number; name: string | null; reason: string; detail: string }>;
  duplicates: DuplicateKelurahan[];
  codeConflicts: CodeConflict[];
  counts: {
    matched: number;
    unmatched: number;
    rejected: number;
    /** Kelurahan whose boundary this import stored. */
    kelurahanLoaded: number;
    /** Kelurahan with a boundary after the import, from this file or an earlier one. */
    kelurahanWithBoundary: number;
    kelurahanWithoutBoundary: string[];
  };
}

const outsideCity = (city: string, lat: number, lon: number, b: { minLat: number; minLon: number; maxLat: number; maxLon: number }) =>
  new AppError('wilayah.outside_city', 'unprocessable', {
    id: `Titik (${lat}, ${lon}) berada di luar ${city}, yang terletak pada lintang ${b.minLat} sampai ${b.maxLat} dan bujur ${b.minLon} sampai ${b.maxLon}. Periksa lokasinya: lintang ditulis lebih dulu, lalu bujur.`,
    en: `The point (${lat}, ${lon}) is outside ${city}, which lies within latitude ${b.minLat} to ${b.maxLat} and longitude ${b.minLon} to ${b.maxLon}. Check the location: latitude comes first, then longitude.`,
  });

const noKecamatan = () =>
  new AppError('wilayah.not_seeded', 'unavailable', {
    id: 'Data kecamatan belum dimuat; jalankan perintah seed terlebih dahulu.',
    en: 'The kecamatan reference data is not loaded; run the seed command first.',
  });

const notFeatureCollection = () =>
  new AppError('wilayah.not_feature_collection', 'invalid', {
    id: 'Berkas batas wilayah harus berupa GeoJSON FeatureCollection: sebuah objek dengan "type": "FeatureCollection" dan daftar "features".',
    en: 'A boundary file must be a GeoJSON FeatureCollection: an object with "type": "FeatureCollection" and a "features" list.',
  });

// Built once: a formatter costs more to make than a filing's whole location lookup (measured).
const KM_FORMAT = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
};
const km = (metres: number, locale: 'id' | 'en') => KM_FORMAT[locale].format(metres / 1000);

const SOURCE_MAX = 300;

/** Kecamatan centres and how many kelurahan have boundaries: read on every filing, changed by an import. */
const areaFacts = perDatabase((db: Platform['db']) =>
  ttlCache(30_000, async () => {
    const [centres, withBoundary] = await Promise.all([repo.listKecamatanCentres(db), repo.countKelurahanWithBoundary(db)]);
    return { centres, withBoundary };
  }),
);

/** Kecamatan and kelurahan names by id: sixty-odd rows, named in every list of complaints. */
const wilayahNames = perDatabase((db: Platform['db']) => ttlCache(30_000, async () => new Map((await repo.allWilayahNames(db)).map((r) => [r.id, r.name]))));

export function createWilayahService(platform: Platform) {
  const { db, audit, config } = platform;

  return {
    /** Names of these kecamatan and kelurahan by id, for answers that list many records. */
    async names(ids: string[]): Promise<Map<string, string>> {
      const all = await wilayahNames(db).get();
      return new Map(ids.filter((id) => all.has(id)).map((id) => [id, all.get(id) as string]));
    },

    /** Every kecamatan with its kelurahan, their codes and whether a boundary is loaded, by name. */
    async list(): Promise<{ items: KecamatanView[] }> {
      const [rows, codes] = await Promise.all([repo.listWilayah(db), repo.listWilayahCodes(db)]);
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');
      const view = (row: repo.WilayahRow): WilayahView => ({
        id: row.id,
        name: row.name,
        codes: codes.filter((c) => c.wilayah_id === row.id).map((c) => ({ system: c.system, code: c.code })),
        hasBoundary: row.has_boundary,
        centre: row.centre_lat !== null && row.centre_lon !== null ? { lat: row.centre_lat, lon: row.centre_lon } : null,
      });
      const items = rows
        .filter((row) => row.level === 'kecamatan')
        .map((kec) => ({
          ...view(kec),
          kelurahan: rows
            .filter((row) => row.parent_id === kec.id)
            .map(view)
            .sort(byName),
        }))
        .sort(byName);
      return { items };
    },

    /** The kecamatan and, where boundaries allow, the kelurahan a point lies in; refuses points outside the city. */
    async resolve(ctx: RequestContext, lat: number, lon: number): Promise<ResolvedPlace> {
      const point = { lat, lon };
      if (!insideBbox(point, config.cityBbox)) throw outsideCity(platform.config.cityName, lat, lon, config.cityBbox);
      const { centres, withBoundary } = await areaFacts(db).get();
      // Without any boundary loaded there is nothing to look up.
      const candidates = withBoundary > 0 ? await repo.findBoundaryCandidates(db, lat, lon) : [];
      const hit = candidates.find((c) => pointInBoundary(point, c.boundary));
      if (hit) {
        const text: LocalizedText = {
          id: `Lokasi berada di kelurahan ${hit.name}, kecamatan ${hit.kecamatan_name}, menurut batas wilayah yang dimuat.`,
          en: `The place lies in kelurahan ${hit.name}, kecamatan ${hit.kecamatan_name}, by the loaded boundaries.`,
        };
        return {
          kecamatan: { id: hit.kecamatan_id, name: hit.kecamatan_name },
          kelurahan: { id: hit.id, name: hit.name },
          method: 'boundary',
          approximate: false,
          note: text[ctx.locale],
        };
      }

      const nearest = nearestCentre(point, centres);
      if (!nearest) throw noKecamatan();
      const { centre, metres } = nearest;
      const distance = { id: km(metres, 'id'), en: km(metres, 'en') };
      const text: LocalizedText =
        withBoundary === 0
          ? {
              id: `Lokasi ini perkiraan: batas kelurahan belum dimuat, jadi hanya kecamatan dengan pusat terdekat yang diketahui (${centre.name}, ${distance.id} km dari titik).`,
              en: `This place is approximate: kelurahan boundaries are not loaded, so only the kecamatan with the nearest centre is known (${centre.name}, ${distance.en} km from the point).`,
            }
          : {
              id: `Lokasi ini perkiraan: titik tidak berada di dalam batas kelurahan mana pun yang dimuat (batas dimuat untuk ${withBoundary} kelurahan), jadi dipakai kecamatan dengan pusat terdekat (${centre.name}, ${distance.id} km dari titik).`,
              en: `This place is approximate: the point lies in none of the loaded kelurahan boundaries (boundaries are loaded for ${withBoundary} kelurahan), so the kecamatan with the nearest centre is used (${centre.name}, ${distance.en} km from the point).`,
            };
      return {
        kecamatan: { id: centre.id, name: centre.name },
        kelurahan: null,
        method: 'nearest_centre',
        approximate: true,
        note: text[ctx.locale],
      };
    },

    /**
     * Stores the kelurahan boundaries of a GeoJSON FeatureCollection and reports what matched and
     * what did not (admin; the CLI passes a system context with asSystem).
     */
    async importBoundaries(ctx: RequestContext, featureCollection: unknown, source: string, { asSystem = false } = {}): Promise<BoundaryImportResult> {
      if (!asSystem) authorize(ctx, 'org.manage');
      if (!isFeatureCollection(featureCollection)) throw notFeatureCollection();
      const label = source.trim().slice(0, SOURCE_MAX) || 'upload';

      const rows = await repo.listWilayah(db);
      const names = new Map(rows.map((row) => [row.id, row.name]));
      const kelurahan = rows.filter((row) => row.level === 'kelurahan');
      const known = kelurahan.map((row) => ({ id: row.id, name: row.name, kecamatanName: names.get(row.parent_id ?? '') ?? '' }));
      const report = matchBoundaries(featureCollection.features, known, { cityBbox: config.cityBbox });

      const result = await db.transaction().execute(async (trx) => {
        const existing = await repo.listWilayahCodes(trx);
        const held = new Map(existing.map((c) => [`${c.system}\u0000${c.code}`, c.wilayah_id]));
        const heldBy = new Map(existing.map((c) => [`${c.wilayah_id}\u0000${c.system}`, c.code]));
        const codeConflicts = [...report.codeConflicts];
        const codeChanges: Array<{ wilayah: string; system: string; from: string | null; to: string }> = [];
        for (const b of report.boundaries) {
          await repo.saveBoundary(trx, b.kelurahanId, b.geometry, b.bbox, label);
          for (const c of b.codes) {
            const holder = held.get(`${c.system}\u0000${c.code}`);
            // A code is unique within its system: one already given to another wilayah is not moved silently.
            if (holder && holder !== b.kelurahanId) {
              codeConflicts.push({ system: c.system, code: c.code, names: [names.get(holder) ?? holder, b.name] });
              continue;
            }
            const before = heldBy.get(`${b.kelurahanId}\u0000${c.system}`) ?? null;
            if (before === c.code) continue;
            await repo.upsertWilayahCode(trx, b.kelurahanId, c.system, c.code);
            if (before) held.delete(`${c.system}\u0000${before}`);
            held.set(`${c.system}\u0000${c.code}`, b.kelurahanId);
            codeChanges.push({ wilayah: b.name, system: c.system, from: before, to: c.code });
          }
        }
        const loaded = new Set(report.boundaries.map((b) => b.kelurahanId));
        const without = kelurahan
          .filter((row) => !row.has_boundary && !loaded.has(row.id))
          .map((row) => row.name)
          .sort((a, b) => a.localeCompare(b, 'id'));
        const counts = {
          matched: report.matched.length,
          unmatched: report.unmatched.length,
          rejected: report.rejected.length,
          kelurahanLoaded: loaded.size,
          kelurahanWithBoundary: await repo.countKelurahanWithBoundary(trx),
          kelurahanWithoutBoundary: without,
        };
        await audit.record(trx, ctx, {
          action: 'wilayah.boundaries_import',
          recordType: 'wilayah',
          after: {
            source: label,
            matched: counts.matched,
            unmatched: counts.unmatched,
            rejected: counts.rejected,
            kelurahanLoaded: report.boundaries.map((b) => b.name),
            kelurahanWithBoundary: counts.kelurahanWithBoundary,
            codeChanges,
          },
        });
        const localise = <T extends { detail: LocalizedText }>(item: T) => ({ ...item, detail: item.detail[ctx.locale] });
        return {
          source: label,
          matched: report.matched,
          unmatched: report.unmatched.map(localise),
          rejected: report.rejected.map(localise),
          duplicates: report.duplicates,
          codeConflicts,
          counts,
        };
      });
      // After the commit, so that no request reloads the old facts in between.
      areaFacts(db).clear();
      return result;
    },
  };
}

export type WilayahService = ReturnType<typeof createWilayahService>;
