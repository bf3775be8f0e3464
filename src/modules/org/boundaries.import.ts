/**
 * Matching a GeoJSON file of kelurahan boundaries to the city's kelurahan: pure, no database.
 * Files come from different sources (the city's geoportal, BIG's administrative layers, hand-made
 * QGIS exports) with different property names and spellings, so names are compared by a loose key
 * and every feature that cannot be used is reported with the reason, never dropped silently.
 */
import type { LocalizedText } from '../../errors.js';
import type { GeoJsonGeometry } from './org.tables.js';
import type { Bbox } from './wilayah.resolver.js';

export interface KnownKelurahan {
  id: string;
  name: string;
  kecamatanName: string;
}

export interface WilayahCode {
  system: string;
  code: string;
}

export interface MatchedFeature {
  index: number;
  kelurahanId: string;
  /** Our name for the kelurahan. */
  name: string;
  /** The name as the file spells it. */
  nameInFile: string;
  codes: WilayahCode[];
}

export type UnmatchedReason = 'no_name' | 'unknown_name' | 'kecamatan_mismatch' | 'kecamatan_feature' | 'ambiguous';

export interface UnmatchedFeature {
  index: number;
  name: string | null;
  reason: UnmatchedReason;
  detail: LocalizedText;
}

export type RejectedReason = 'not_a_feature' | 'no_geometry' | 'geometry_type' | 'bad_coordinates' | 'outside_city';

export interface RejectedFeature {
  index: number;
  name: string | null;
  reason: RejectedReason;
  detail: LocalizedText;
}

export interface DuplicateKelurahan {
  kelurahanId: string;
  name: string;
  /** The features that all name this kelurahan; their polygons are kept together as one MultiPolygon. */
  indexes: number[];
}

export interface CodeConflict {
  system: string;
  code: string;
  /** The kelurahan the code was given to; the code is saved for none of them. */
  names: string[];
}

/** One kelurahan's boundary, ready to save. */
export interface BoundaryToSave {
  kelurahanId: string;
  name: string;
  geometry: GeoJsonGeometry;
  bbox: Bbox;
  codes: WilayahCode[];
}

export interface BoundaryMatchReport {
  matched: MatchedFeature[];
  unmatched: UnmatchedFeature[];
  rejected: RejectedFeature[];
  duplicates: DuplicateKelurahan[];
  codeConflicts: CodeConflict[];
  boundaries: BoundaryToSave[];
}

// Property names seen in the city's geoportal, BIG's ADMINISTRASIDESA layer and common exports.
const NAME_KEYS = ['kelurahan', 'KELURAHAN', 'desa', 'DESA', 'NAMOBJ', 'WADMKD', 'nama', 'NAMA', 'name', 'NAME'] as const;
/** Keys that only a kelurahan-level layer has: their presence says the feature is a kelurahan. */
const KELURAHAN_KEYS = ['kelurahan', 'KELURAHAN', 'desa', 'DESA', 'WADMKD'] as const;
const KECAMATAN_KEYS = ['kecamatan', 'KECAMATAN', 'WADMKC'] as const;
const KEMENDAGRI_KEYS = ['KDEPUM', 'kode_kemendagri', 'KODE_KEMENDAGRI'] as const;
const BPS_KEYS = ['KDBBPS', 'kode_bps', 'KODE_BPS'] as const;
const ANY_CODE_KEYS = ['kode', 'KODE'] as const;

const KELURAHAN_PREFIX = /^(?:kelurahan|desa|kel\.?|ds\.?)(?:\s+|(?<=\.))/;
const KECAMATAN_PREFIX = /^(?:kecamatan|kec\.?)(?:\s+|(?<=\.))/;

function key(raw: string, prefix: RegExp): string {
  const plain = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(prefix, '');
  // Doubled letters collapse so that "Orooro" and "Oro-oro" meet; no two of Malang's names collide.
  return plain.replace(/[^a-z0-9]+/g, '').replace(/([a-z])\1+/g, '$1');
}

/** The loose key two spellings of one kelurahan share: "ORO ORO DOWO", "Kel. Oro-oro Dowo" and "Orooro Dowo" all give one. */
export function normaliseName(raw: string): string {
  return key(raw, KELURAHAN_PREFIX);
}

/** The same for a kecamatan name, which files often write as "Kecamatan Klojen" or "Kec. Klojen". */
export function normaliseKecamatanName(raw: string): string {
  return key(raw, KECAMATAN_PREFIX);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function firstText(props: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const value = text(props[k]);
    if (value) return value;
  }
  return null;
}

const KEMENDAGRI_KELURAHAN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const KEMENDAGRI_KECAMATAN = /^\d{2}\.\d{2}\.\d{2}$/;
const TEN_DIGITS = /^\d{10}$/;
const KECAMATAN_DIGITS = /^\d{6,7}$/;

interface FeatureCodes {
  codes: WilayahCode[];
  /** The file gives a code at kecamatan level, so the feature is most likely a kecamatan. */
  kecamatanLevel: boolean;
}

/** Reads the codes a feature carries; a value of an unknown shape is left out rather than guessed at. */
function codesOf(props: Record<string, unknown>): FeatureCodes {
  const codes = new Map<string, string>();
  let kecamatanLevel = false;
  const keep = (system: string, code: string) => {
    if (!codes.has(system)) codes.set(system, code);
  };
  const take = (value: string | null, system: 'kemendagri' | 'bps' | 'by_shape') => {
    if (!value) return;
    if (KEMENDAGRI_KECAMATAN.test(value) || KECAMATAN_DIGITS.test(value)) {
      kecamatanLevel = true;
      return;
    }
    if (KEMENDAGRI_KELURAHAN.test(value) && system !== 'bps') keep('kemendagri', value);
    // KDEPUM written without dots is still Kemendagri's: stored dotted, the way it is published.
    else if (TEN_DIGITS.test(value) && system === 'kemendagri') keep('kemendagri', value.replace(/^(\d{2})(\d{2})(\d{2})(\d{4})$/, '$1.$2.$3.$4'));
    else if (TEN_DIGITS.test(value) && system !== 'kemendagri') keep('bps', value);
  };
  take(firstText(props, KEMENDAGRI_KEYS), 'kemendagri');
  take(firstText(props, BPS_KEYS), 'bps');
  for (const k of ANY_CODE_KEYS) take(text(props[k]), 'by_shape');
  return { codes: [...codes].map(([system, code]) => ({ system, code })), kecamatanLevel: kecamatanLevel && codes.size === 0 };
}

type Position = [number, number];
type Ring = Position[];
type PolygonCoords = Ring[];

class GeometryProblem extends Error {
  constructor(
    readonly reason: RejectedReason,
    readonly detail: LocalizedText,
  ) {
    super(detail.en);
  }
}

const badCoordinates = (found: unknown) => {
  const shown = JSON.stringify(found)?.slice(0, 60) ?? String(found);
  return new GeometryProblem('bad_coordinates', {
    id: `Koordinat harus [bujur, lintang] dalam WGS 84 (EPSG:4326); ditemukan ${shown}. Ekspor ulang berkas dengan CRS EPSG:4326.`,
    en: `Coordinates must be [longitude, latitude] in WGS 84 (EPSG:4326); found ${shown}. Export the file again in EPSG:4326.`,
  });
};

function cleanPosition(value: unknown): Position {
  if (!Array.isArray(value) || value.length < 2) throw badCoordinates(value);
  const [lon, lat] = value;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) throw badCoordinates(value);
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) throw badCoordinates(value);
  // Heights, if any, are dropped: only the outline matters and the stored boundary stays small.
  return [lon, lat];
}

function cleanRing(value: unknown): Ring {
  if (!Array.isArray(value)) throw badCoordinates(value);
  const ring = value.map(cleanPosition);
  const first = ring[0];
  const last = ring[ring.length - 1];
  // An unclosed ring is a common export slip with an obvious meaning, so it is closed rather than refused.
  if (first && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  if (ring.length < 4) {
    throw new GeometryProblem('bad_coordinates', {
      id: 'Setiap cincin poligon memerlukan sedikitnya 3 titik berbeda.',
      en: 'Every polygon ring needs at least 3 distinct points.',
    });
  }
  return ring;
}

function cleanPolygon(value: unknown): PolygonCoords {
  if (!Array.isArray(value) || value.length === 0) throw badCoordinates(value);
  return value.map(cleanRing);
}

/** Checks a GeoJSON geometry and returns it with two-number positions and closed rings; throws GeometryProblem. */
function cleanGeometry(value: unknown): GeoJsonGeometry {
  if (!value || typeof value !== 'object') {
    throw new GeometryProblem('no_geometry', { id: 'Fitur ini tidak memiliki geometri.', en: 'The feature has no geometry.' });
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return { type, coordinates: cleanPolygon(coordinates) };
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) throw badCoordinates(coordinates);
    return { type, coordinates: coordinates.map(cleanPolygon) };
  }
  const found = typeof type === 'string' ? type.slice(0, 40) : null;
  throw new GeometryProblem('geometry_type', {
    id: `Geometri harus Polygon atau MultiPolygon, bukan ${found ?? 'geometri tanpa jenis'}.`,
    en: `The geometry must be a Polygon or MultiPolygon, not ${found ?? 'an untyped geometry'}.`,
  });
}

function polygonsOf(geometry: GeoJsonGeometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates as PolygonCoords] : (geometry.coordinates as PolygonCoords[]);
}

/** The smallest box around every position of a Polygon or MultiPolygon. */
export function geometryBbox(geometry: GeoJsonGeometry): Bbox {
  const box = { minLat: Infinity, minLon: Infinity, maxLat: -Infinity, maxLon: -Infinity };
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring) {
        box.minLat = Math.min(box.minLat, lat);
        box.maxLat = Math.max(box.maxLat, lat);
        box.minLon = Math.min(box.minLon, lon);
        box.maxLon = Math.max(box.maxLon, lon);
      }
    }
  }
  return box;
}

function boxesMeet(a: Bbox, b: Bbox): boolean {
  return a.minLat <= b.maxLat && a.maxLat >= b.minLat && a.minLon <= b.maxLon && a.maxLon >= b.minLon;
}

/** Whether a parsed JSON value is a GeoJSON FeatureCollection on the outside (the features are checked one by one later). */
export function isFeatureCollection(value: unknown): value is { type: 'FeatureCollection'; features: unknown[] } {
  return (
    !!value &&
    typeof value === 'object' &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

interface ReadFeature {
  index: number;
  name: string | null;
  kecamatan: string | null;
  explicitKelurahan: boolean;
  codes: FeatureCodes;
  geometry: GeoJsonGeometry;
}

/**
 * Matches each feature of a FeatureCollection to a known kelurahan by name (and kecamatan, when
 * the file gives one). cityBbox, when given, refuses features that lie wholly outside the city.
 */
export function matchBoundaries(features: readonly unknown[], known: readonly KnownKelurahan[], options: { cityBbox?: Bbox } = {}): BoundaryMatchReport {
  const rejected: RejectedFeature[] = [];
  const unmatched: UnmatchedFeature[] = [];
  const matched: Array<MatchedFeature & { geometry: GeoJsonGeometry }> = [];

  const read: ReadFeature[] = [];
  features.forEach((feature, index) => {
    if (!feature || typeof feature !== 'object' || (feature as { type?: unknown }).type !== 'Feature') {
      rejected.push({
        index,
        name: null,
        reason: 'not_a_feature',
        detail: { id: 'Bukan sebuah Feature GeoJSON.', en: 'Not a GeoJSON Feature.' },
      });
      return;
    }
    const rawProps = (feature as { properties?: unknown }).properties;
    const props = rawProps && typeof rawProps === 'object' ? (rawProps as Record<string, unknown>) : {};
    const name = firstText(props, NAME_KEYS);
    try {
      const geometry = cleanGeometry((feature as { geometry?: unknown }).geometry);
      if (options.cityBbox && !boxesMeet(geometryBbox(geometry), options.cityBbox)) {
        const b = options.cityBbox;
        throw new GeometryProblem('outside_city', {
          id: `Geometri ini seluruhnya di luar kotak batas kota (lintang ${b.minLat}..${b.maxLat}, bujur ${b.minLon}..${b.maxLon}).`,
          en: `This geometry lies wholly outside the city's bounding box (lat ${b.minLat}..${b.maxLat}, lon ${b.minLon}..${b.maxLon}).`,
        });
      }
      read.push({
        index,
        name,
        kecamatan: firstText(props, KECAMATAN_KEYS),
        explicitKelurahan: KELURAHAN_KEYS.some((k) => text(props[k]) !== null),
        codes: codesOf(props),
        geometry,
      });
    } catch (error) {
      if (!(error instanceof GeometryProblem)) throw error;
      rejected.push({ index, name, reason: error.reason, detail: error.detail });
    }
  });

  const byName = new Map<string, KnownKelurahan[]>();
  for (const kel of known) {
    const k = normaliseName(kel.name);
    byName.set(k, [...(byName.get(k) ?? []), kel]);
  }
  const kecamatanKeys = new Set(known.map((kel) => normaliseKecamatanName(kel.kecamatanName)));
  // A kecamatan layer (BIG's ADMINISTRASIKECAMATAN, say) names only kecamatan and never marks a
  // feature as a kelurahan; "Blimbing" there is the kecamatan, not the kelurahan of that name.
  const named = read.filter((f) => f.name);
  const looksLikeKecamatanLayer =
    named.length > 0 && !read.some((f) => f.explicitKelurahan) && named.every((f) => kecamatanKeys.has(normaliseKecamatanName(f.name as string)));

  for (const f of read) {
    if (!f.name) {
      unmatched.push({
        index: f.index,
        name: null,
        reason: 'no_name',
        detail: {
          id: `Fitur tidak memiliki nama kelurahan; properti yang dicari: ${NAME_KEYS.join(', ')}.`,
          en: `The feature has no kelurahan name; properties looked for: ${NAME_KEYS.join(', ')}.`,
        },
      });
      continue;
    }
    const nameKey = normaliseName(f.name);
    const candidates = byName.get(nameKey) ?? [];
    const saysKecamatan = KECAMATAN_PREFIX.test(f.name.trim().toLowerCase()) || f.codes.kecamatanLevel || (looksLikeKecamatanLayer && !f.explicitKelurahan);
    if (saysKecamatan || (candidates.length === 0 && kecamatanKeys.has(normaliseKecamatanName(f.name)))) {
      unmatched.push({
        index: f.index,
        name: f.name,
        reason: 'kecamatan_feature',
        detail: {
          id: `"${f.name}" tampaknya batas kecamatan, bukan kelurahan. Impor berkas batas kelurahan, atau beri fitur properti "kelurahan".`,
          en: `"${f.name}" looks like a kecamatan boundary, not a kelurahan. Import a kelurahan boundary file, or give the feature a "kelurahan" property.`,
        },
      });
      continue;
    }
    if (candidates.length === 0) {
      unmatched.push({
        index: f.index,
        name: f.name,
        reason: 'unknown_name',
        detail: { id: `Tidak ada kelurahan bernama "${f.name}" di kota ini.`, en: `No kelurahan named "${f.name}" is known in this city.` },
      });
      continue;
    }
    let chosen = candidates;
    if (f.kecamatan) {
      const kecKey = normaliseKecamatanName(f.kecamatan);
      chosen = candidates.filter((kel) => normaliseKecamatanName(kel.kecamatanName) === kecKey);
      if (chosen.length === 0) {
        const where = candidates.map((kel) => kel.kecamatanName).join(', ');
        unmatched.push({
          index: f.index,
          name: f.name,
          reason: 'kecamatan_mismatch',
          detail: {
            id: `Berkas menempatkan "${f.name}" di kecamatan ${f.kecamatan}, tetapi kelurahan itu ada di kecamatan ${where}.`,
            en: `The file places "${f.name}" in kecamatan ${f.kecamatan}, but that kelurahan is in kecamatan ${where}.`,
          },
        });
        continue;
      }
    }
    if (chosen.length > 1) {
      const where = chosen.map((kel) => kel.kecamatanName).join(', ');
      unmatched.push({
        index: f.index,
        name: f.name,
        reason: 'ambiguous',
        detail: {
          id: `Ada lebih dari satu kelurahan "${f.name}" (kecamatan ${where}); beri fitur properti "kecamatan".`,
          en: `More than one kelurahan is named "${f.name}" (kecamatan ${where}); give the feature a "kecamatan" property.`,
        },
      });
      continue;
    }
    const kel = chosen[0];
    matched.push({ index: f.index, kelurahanId: kel.id, name: kel.name, nameInFile: f.name, codes: f.codes.codes, geometry: f.geometry });
  }

  return { ...gather(matched), unmatched, rejected };
}

/** Groups matched features by kelurahan: one boundary each, with codes that name one kelurahan only. */
function gather(
  matched: Array<MatchedFeature & { geometry: GeoJsonGeometry }>,
): Pick<BoundaryMatchReport, 'matched' | 'duplicates' | 'codeConflicts' | 'boundaries'> {
  const groups = new Map<string, Array<MatchedFeature & { geometry: GeoJsonGeometry }>>();
  for (const m of matched) groups.set(m.kelurahanId, [...(groups.get(m.kelurahanId) ?? []), m]);

  const duplicates: DuplicateKelurahan[] = [];
  const boundaries: BoundaryToSave[] = [];
  for (const [kelurahanId, group] of groups) {
    const [first] = group;
    if (group.length > 1) duplicates.push({ kelurahanId, name: first.name, indexes: group.map((m) => m.index) });
    // Shapefile exports often split one kelurahan into several features (an enclave, a river
    // island): their polygons together are its boundary.
    const geometry: GeoJsonGeometry = group.length === 1 ? first.geometry : { type: 'MultiPolygon', coordinates: group.flatMap((m) => polygonsOf(m.geometry)) };
    const codes = new Map<string, string>();
    for (const m of group) for (const c of m.codes) if (!codes.has(c.system)) codes.set(c.system, c.code);
    boundaries.push({ kelurahanId, name: first.name, geometry, bbox: geometryBbox(geometry), codes: [...codes].map(([system, code]) => ({ system, code })) });
  }

  const holders = new Map<string, Set<string>>();
  for (const b of boundaries) {
    for (const c of b.codes) {
      const k = `${c.system}\u0000${c.code}`;
      holders.set(k, (holders.get(k) ?? new Set()).add(b.name));
    }
  }
  const codeConflicts: CodeConflict[] = [];
  for (const [k, names] of holders) {
    if (names.size < 2) continue;
    const [system, code] = k.split('\u0000');
    codeConflicts.push({ system, code, names: [...names] });
    for (const b of boundaries) b.codes = b.codes.filter((c) => c.system !== system || c.code !== code);
  }

  return {
    matched: matched.map(({ geometry: _geometry, ...m }) => m),
    duplicates,
    codeConflicts,
    boundaries,
  };
}
