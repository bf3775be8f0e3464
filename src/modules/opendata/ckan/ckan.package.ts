/**
 * Our datasets as CKAN package dicts, and CKAN package_create/update/patch bodies as our
 * DatasetInput. Pure: the actions fetch, these shape.
 *
 * The Satu Data metadata that CKAN has no field for travels as extras with stable keys (SATU_DATA
 * extras below), in both directions: package_show lists them, and package_create/update/patch
 * read them from extras or, as ckanext-scheming clients send them, at the top level. Everything
 * else in extras is kept as the dataset's own extras.
 */
import { AppError, type FieldProblem } from '../../../errors.js';
import type { DatasetInput } from '../dataset.service.js';
import type { DatasetView } from '../dataset.views.js';
import type { AccessLevel, ExtraPair, Frequency } from '../opendata.tables.js';
import { ACCESS_LEVELS, FREQUENCIES } from '../opendata.tables.js';
import { downloadPath, type ResourceView } from '../resource.views.js';

/**
 * The extras keys that carry Satu Data metadata (DOMAIN.md section 7). `status` is shown but never
 * read back: the status changes only through the walidata's workflow.
 */
export const SATU_DATA_EXTRAS = {
  frekuensi: 'jadwal pemutakhiran: harian, mingguan, bulanan, triwulanan, empat_bulanan, semesteran, tahunan, dua_tahunan, ad_hoc',
  tingkat_akses: 'terbuka, terbatas or tertutup',
  status: 'the status of the entry (DRAFT ... DITAYANGKAN); read-only',
  konsep: 'concept',
  definisi: 'definition',
  ukuran: 'measure',
  satuan: 'unit',
  tingkat_penyajian: 'presentation level (e.g. kota, kecamatan, kelurahan)',
  kode_wilayah: 'BPS region code of the coverage',
  cakupan_wilayah: 'the name of the region covered',
  tahun_awal: 'first year covered (YYYY)',
  tahun_akhir: 'last year covered (YYYY)',
  temporal_start: 'first day covered (YYYY-MM-DD), as ckanext-dcat names it',
  temporal_end: 'last day covered (YYYY-MM-DD), as ckanext-dcat names it',
} as const;
export type SatuDataKey = keyof typeof SATU_DATA_EXTRAS;
const SATU_DATA_KEYS = new Set<string>(Object.keys(SATU_DATA_EXTRAS));

/** Our field names (as services name them in errors) to the CKAN names the client sent. */
const CKAN_FIELD_NAMES: Record<string, string> = {
  producer: 'owner_org',
  producerId: 'owner_org',
  licenseId: 'license_id',
  'contact.name': 'maintainer',
  'contact.email': 'maintainer_email',
  contact: 'maintainer_email',
  concept: 'konsep',
  definition: 'definisi',
  measure: 'ukuran',
  unit: 'satuan',
  presentationLevel: 'tingkat_penyajian',
  region: 'kode_wilayah',
  'region.code': 'kode_wilayah',
  'region.name': 'cakupan_wilayah',
  frequency: 'frekuensi',
  temporalStart: 'temporal_start',
  temporalEnd: 'temporal_end',
  accessLevel: 'tingkat_akses',
  datasetIdOrName: 'package_id',
  file: 'upload',
  resourceId: 'resource_id',
};

/** The CKAN parameter for a field named in one of our errors ('tags.2' is 'tags'). */
export function ckanFieldName(field: string): string {
  const path = field
    .replace(/^(body|query)[./]/, '')
    .replace(/^\//, '')
    .replaceAll('/', '.');
  if (CKAN_FIELD_NAMES[path]) return CKAN_FIELD_NAMES[path];
  const head = path.split('.')[0];
  return CKAN_FIELD_NAMES[head] ?? head;
}

export interface CkanTag {
  name: string;
  display_name: string;
  state: 'active';
  vocabulary_id: null;
}

export interface CkanResource {
  id: string;
  package_id: string;
  name: string;
  description: string;
  format: string;
  url: string;
  url_type: 'upload' | null;
  mimetype: string | null;
  size: number | null;
  hash: string;
  created: string;
  last_modified: string | null;
  metadata_modified: string;
  position: number;
  datastore_active: boolean;
  state: 'active';
  resource_type: null;
  /** Not CKAN's: the uploaded file of the current version (what size, hash and mimetype describe). */
  original_url: string | null;
  /** Not CKAN's: the current version's number and rows. */
  version_no: number | null;
  row_count: number | null;
}

export interface CkanOrganization {
  id: string;
  name: string;
  title: string;
  display_name: string;
  description: string;
  type: 'organization';
  is_organization: true;
  state: 'active';
  approval_status: 'approved';
  image_url: string;
  image_display_url: string;
  created: string | null;
  package_count?: number;
  packages?: CkanPackage[];
}

export interface CkanGroup {
  id: string;
  name: string;
  title: string;
  display_name: string;
  description: string;
  type: 'group';
  is_organization: false;
  state: 'active';
  approval_status: 'approved';
  image_url: string;
  image_display_url: string;
  created: string | null;
  package_count?: number;
  packages?: CkanPackage[];
}

export interface CkanPackage {
  id: string;
  name: string;
  title: string;
  notes: string;
  url: string;
  version: null;
  type: 'dataset';
  state: 'active' | 'draft';
  private: boolean;
  isopen: boolean;
  license_id: string;
  license_title: string;
  license_url: string;
  author: string;
  author_email: null;
  maintainer: string | null;
  maintainer_email: string | null;
  metadata_created: string;
  metadata_modified: string;
  creator_user_id: null;
  owner_org: string;
  organization: CkanOrganization;
  tags: CkanTag[];
  groups: CkanGroup[];
  extras: ExtraPair[];
  resources: CkanResource[];
  num_resources: number;
  num_tags: number;
  relationships_as_object: never[];
  relationships_as_subject: never[];
}

export interface ProducerInfo {
  id: string;
  name: string;
  title: string;
  description?: string;
  email?: string | null;
  createdAt?: string;
  datasetCount?: number;
}

export interface GroupInfo {
  id: string;
  name: string;
  title: string;
  description?: string;
  createdAt?: string;
  datasetCount?: number;
}

export interface PackageContext {
  publicUrl: string;
  /** Ids of the licenses that are open (CKAN's isopen). */
  openLicenses?: ReadonlySet<string>;
  /** More about producers and groups than a dataset view carries (descriptions), by id. */
  producers?: ReadonlyMap<string, ProducerInfo>;
  groups?: ReadonlyMap<string, GroupInfo>;
}

/** An absolute URL: links stay as they are, our own paths get the public address in front. */
export function absoluteUrl(publicUrl: string, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return `${publicUrl}${url.startsWith('/') ? '' : '/'}${url}`;
}

export function toCkanOrganization(p: ProducerInfo, extra: ProducerInfo | undefined = undefined): CkanOrganization {
  const info = { ...p, ...extra };
  const org: CkanOrganization = {
    id: info.id,
    name: info.name,
    title: info.title,
    display_name: info.title,
    description: info.description ?? '',
    type: 'organization',
    is_organization: true,
    state: 'active',
    approval_status: 'approved',
    image_url: '',
    image_display_url: '',
    created: info.createdAt ?? null,
  };
  if (info.datasetCount !== undefined) org.package_count = info.datasetCount;
  return org;
}

export function toCkanGroup(g: GroupInfo, extra: GroupInfo | undefined = undefined): CkanGroup {
  const info = { ...g, ...extra };
  const group: CkanGroup = {
    id: info.id,
    name: info.name,
    title: info.title,
    display_name: info.title,
    description: info.description ?? '',
    type: 'group',
    is_organization: false,
    state: 'active',
    approval_status: 'approved',
    image_url: '',
    image_display_url: '',
    created: info.createdAt ?? null,
  };
  if (info.datasetCount !== undefined) group.package_count = info.datasetCount;
  return group;
}

/**
 * Where a resource's data is fetched: a link as it is; an upload's current data in the format it
 * was uploaded in (an XLSX upload downloads as XLSX), so that url, format and mimetype agree.
 */
export function resourceUrl(r: ResourceView, publicUrl: string): string {
  if (r.kind === 'upload' && r.format.toUpperCase() === 'XLSX') return absoluteUrl(publicUrl, downloadPath(r.id, 'xlsx'));
  return absoluteUrl(publicUrl, r.url);
}

export function toCkanResource(r: ResourceView, publicUrl: string): CkanResource {
  const v = r.currentVersion;
  return {
    id: r.id,
    package_id: r.datasetId,
    name: r.name,
    description: r.description,
    format: r.format,
    url: resourceUrl(r, publicUrl),
    url_type: r.kind === 'upload' ? 'upload' : null,
    mimetype: v?.mediaType ?? null,
    size: v?.bytes ?? null,
    hash: v ? `sha256:${v.sha256}` : '',
    created: r.createdAt,
    last_modified: v?.createdAt ?? null,
    metadata_modified: r.updatedAt,
    position: r.position,
    // The datastore holds the rows of a confirmed upload only.
    datastore_active: r.kind === 'upload' && v !== null,
    state: 'active',
    resource_type: null,
    original_url: v ? absoluteUrl(publicUrl, `/api/opendata/resources/${r.id}/versions/${v.versionNo}/original`) : null,
    version_no: v?.versionNo ?? null,
    row_count: v?.rowCount ?? null,
  };
}

const yearOf = (date: string | null) => (date ? date.slice(0, 4) : null);

/** The Satu Data metadata of a dataset as extras (absent values are left out). */
export function satuDataExtras(d: DatasetView): ExtraPair[] {
  const values: Record<SatuDataKey, string | null> = {
    frekuensi: d.frequency,
    tingkat_akses: d.accessLevel,
    status: d.status,
    konsep: d.concept,
    definisi: d.definition,
    ukuran: d.measure,
    satuan: d.unit,
    tingkat_penyajian: d.presentationLevel,
    kode_wilayah: d.region?.code ?? null,
    cakupan_wilayah: d.region?.name ?? null,
    tahun_awal: yearOf(d.temporalStart),
    tahun_akhir: yearOf(d.temporalEnd),
    temporal_start: d.temporalStart,
    temporal_end: d.temporalEnd,
  };
  return Object.entries(values)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => ({ key, value }));
}

/** A dataset as CKAN's package_show shows it. */
export function toCkanPackage(d: DatasetView, ctx: PackageContext): CkanPackage {
  // Our own metadata wins over an extra that happens to use one of its keys.
  const extras = [...d.extras.filter((e) => !SATU_DATA_KEYS.has(e.key)), ...satuDataExtras(d)].sort((a, b) => a.key.localeCompare(b.key));
  const resources = d.resources.map((r) => toCkanResource(r, ctx.publicUrl));
  return {
    id: d.id,
    name: d.name,
    title: d.title,
    notes: d.notes,
    // CKAN's url is the dataset's source elsewhere; ours are kept here.
    url: '',
    version: null,
    type: 'dataset',
    state: d.status === 'DRAFT' ? 'draft' : 'active',
    private: !d.isPublic,
    isopen: ctx.openLicenses?.has(d.licenseId) ?? false,
    license_id: d.licenseId,
    license_title: d.licenseTitle,
    license_url: d.licenseUrl,
    author: d.producer.title,
    author_email: null,
    maintainer: d.contact?.name ?? null,
    maintainer_email: d.contact?.email ?? null,
    metadata_created: d.createdAt,
    metadata_modified: d.updatedAt,
    creator_user_id: null,
    owner_org: d.producer.id,
    organization: toCkanOrganization(d.producer, ctx.producers?.get(d.producer.id)),
    tags: d.tags.map((name) => ({ name, display_name: name, state: 'active', vocabulary_id: null })),
    groups: d.groups.map((g) => toCkanGroup(g, ctx.groups?.get(g.id))),
    extras,
    resources,
    num_resources: resources.length,
    num_tags: d.tags.length,
    relationships_as_object: [],
    relationships_as_subject: [],
  };
}

// ---------------------------------------------------------------------------------------------
// CKAN bodies to DatasetInput

export const NAME_PATTERN = /^[a-z0-9_-]+$/;

const problem = (field: string, en: string, id: string): FieldProblem => ({ field, message: { id, en } });

/** A Validation Error with CKAN's field lists. */
export function packageValidationError(fields: FieldProblem[]): AppError {
  const names = [...new Set(fields.map((f) => f.field))].join(', ');
  return new AppError(
    'opendata.ckan_invalid_package',
    'invalid',
    { id: `Periksa isian berikut: ${names}.`, en: `Please correct these fields: ${names}.` },
    { fields },
  );
}

/** CKAN's name rules, in CKAN's words: 2-100 lowercase ASCII letters, digits, - and _. */
export function nameProblems(field: string, name: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (name.length < 2) out.push(problem(field, 'Must be at least 2 characters long', 'Minimal 2 karakter'));
  if (name.length > 100) out.push(problem(field, 'Name must be a maximum of 100 characters long', 'Maksimal 100 karakter'));
  if (!NAME_PATTERN.test(name)) {
    out.push(
      problem(field, 'Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_', 'Hanya huruf kecil a-z, angka 0-9, dan simbol - _'),
    );
  }
  return out;
}

const FREQUENCY_WORDS: Record<string, Frequency> = {
  daily: 'harian',
  weekly: 'mingguan',
  monthly: 'bulanan',
  quarterly: 'triwulanan',
  three_times_a_year: 'empat_bulanan',
  semiannual: 'semesteran',
  annual: 'tahunan',
  yearly: 'tahunan',
  biennial: 'dua_tahunan',
  irregular: 'ad_hoc',
  adhoc: 'ad_hoc',
  // The EU frequency vocabulary's codes (what DCAT shows), as ckanext-dcat clients send them.
  annual_2: 'semesteran',
  annual_3: 'empat_bulanan',
  irreg: 'ad_hoc',
};

/** Our frequency for a code, an Indonesian label ("Empat Bulanan", "Ad-hoc"), an English word or an EU frequency URI. */
export function frequencyOf(text: string): Frequency | undefined {
  const last = text.trim().split('/').pop() ?? '';
  const key = last.toLowerCase().replace(/[\s-]+/g, '_');
  if ((FREQUENCIES as readonly string[]).includes(key)) return key as Frequency;
  return FREQUENCY_WORDS[key];
}

export function accessLevelOf(text: string): AccessLevel | undefined {
  const key = text.trim().toLowerCase();
  return (ACCESS_LEVELS as readonly string[]).includes(key) ? (key as AccessLevel) : undefined;
}

type Body = Record<string, unknown>;

function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A list of names: [{name}], [{id}], ["a", "b"] or "a,b". */
function namesOf(value: unknown, field: string, problems: FieldProblem[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (!Array.isArray(value)) {
    problems.push(problem(field, 'Must be a list, e.g. [{"name": "kesehatan"}]', 'Harus berupa daftar, mis. [{"name": "kesehatan"}]'));
    return undefined;
  }
  const names: string[] = [];
  for (const item of value) {
    const name = typeof item === 'string' ? item : item && typeof item === 'object' ? (textOf((item as Body).name) ?? textOf((item as Body).id)) : undefined;
    if (name === undefined || name.trim() === '') {
      problems.push(problem(field, 'Each item needs a name, e.g. {"name": "kesehatan"}', 'Setiap butir perlu name, mis. {"name": "kesehatan"}'));
      return undefined;
    }
    names.push(name.trim());
  }
  return names;
}

function extrasOf(value: unknown, problems: FieldProblem[]): ExtraPair[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push(problem('extras', 'Must be a list of {"key": ..., "value": ...}', 'Harus berupa daftar {"key": ..., "value": ...}'));
    return undefined;
  }
  const out: ExtraPair[] = [];
  for (const item of value) {
    const key = item && typeof item === 'object' ? textOf((item as Body).key) : undefined;
    const v = item && typeof item === 'object' ? (item as Body).value : undefined;
    if (!key?.trim()) {
      problems.push(problem('extras', 'Each extra needs a key', 'Setiap extra perlu key'));
      return undefined;
    }
    // CKAN stores extras as text; a client may send a number or a JSON value.
    out.push({ key: key.trim(), value: typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v) });
  }
  return out;
}

const YEAR = /^\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A package_create, package_update or package_patch body as our DatasetInput (only the fields it
 * sends, for a patch). CKAN's own fields map to ours; the Satu Data extras (in extras, or at the
 * top level) become our metadata; other extras stay extras. Throws a Validation Error with the
 * problem of every field found.
 */
export function packageInputOf(body: Body, mode: 'create' | 'update' | 'patch'): Partial<DatasetInput> {
  const problems: FieldProblem[] = [];
  const input: Partial<DatasetInput> = {};
  const sent = (key: string) => body[key] !== undefined && body[key] !== null;

  const name = textOf(body.name)?.trim();
  if (name !== undefined) {
    problems.push(...nameProblems('name', name));
    input.name = name;
  } else if (mode !== 'patch') {
    problems.push(problem('name', 'Missing value', 'Wajib diisi'));
  }
  const title = textOf(body.title)?.trim();
  if (title) input.title = title;
  else if (mode !== 'patch' && name) input.title = name; // CKAN shows the name when there is no title.
  if (sent('notes')) input.notes = textOf(body.notes) ?? '';

  const owner = textOf(body.owner_org)?.trim();
  if (owner) input.producer = owner;
  else if (mode !== 'patch')
    problems.push(problem('owner_org', 'Missing value: the organization (produsen data) that owns the dataset', 'Wajib diisi: produsen data pemilik dataset'));

  const license = textOf(body.license_id)?.trim();
  if (license) input.licenseId = license;

  const tags = namesOf(body.tags, 'tags', problems) ?? namesOf(body.tag_string, 'tag_string', problems);
  if (tags !== undefined) input.tags = [...new Set(tags)];
  const groups = namesOf(body.groups, 'groups', problems);
  if (groups !== undefined) input.groups = [...new Set(groups)];

  if (sent('maintainer') || sent('maintainer_email')) {
    const contactName = textOf(body.maintainer)?.trim() ?? '';
    const contactEmail = textOf(body.maintainer_email)?.trim() ?? '';
    input.contact = contactName || contactEmail ? { name: contactName, email: contactEmail } : null;
  }

  // The Satu Data metadata: top-level keys first (ckanext-scheming style), then extras.
  const extrasSent = extrasOf(body.extras, problems);
  const meta = new Map<string, string>();
  for (const e of extrasSent ?? []) if (SATU_DATA_KEYS.has(e.key)) meta.set(e.key, e.value);
  for (const key of SATU_DATA_KEYS) {
    const v = textOf(body[key]);
    if (v !== undefined) meta.set(key, v);
  }
  if (extrasSent !== undefined) input.extras = extrasSent.filter((e) => !SATU_DATA_KEYS.has(e.key));

  const metaText = (key: SatuDataKey) => (meta.has(key) ? (meta.get(key) ?? '').trim() : undefined);

  const frequency = metaText('frekuensi');
  if (frequency !== undefined && frequency !== '') {
    const f = frequencyOf(frequency);
    if (f) input.frequency = f;
    else problems.push(problem('frekuensi', `Must be one of: ${FREQUENCIES.join(', ')}`, `Harus salah satu dari: ${FREQUENCIES.join(', ')}`));
  }
  const access = metaText('tingkat_akses');
  if (access !== undefined && access !== '') {
    const a = accessLevelOf(access);
    if (a) input.accessLevel = a;
    else problems.push(problem('tingkat_akses', `Must be one of: ${ACCESS_LEVELS.join(', ')}`, `Harus salah satu dari: ${ACCESS_LEVELS.join(', ')}`));
  } else if (sent('private')) {
    // CKAN's private dataset is seen by its organization only: our Tertutup. Public: Terbuka.
    const p = body.private;
    const isPrivate = p === true || (typeof p === 'string' && ['true', '1', 'yes'].includes(p.toLowerCase()));
    input.accessLevel = isPrivate ? 'tertutup' : 'terbuka';
  }

  const plain: Array<[SatuDataKey, 'concept' | 'definition' | 'measure' | 'unit' | 'presentationLevel']> = [
    ['konsep', 'concept'],
    ['definisi', 'definition'],
    ['ukuran', 'measure'],
    ['satuan', 'unit'],
    ['tingkat_penyajian', 'presentationLevel'],
  ];
  for (const [key, field] of plain) {
    const v = metaText(key);
    if (v !== undefined) input[field] = v;
  }

  const code = metaText('kode_wilayah');
  const regionName = metaText('cakupan_wilayah');
  if (code !== undefined || regionName !== undefined) {
    if (code) input.region = { code, name: regionName ?? '' };
    else if (regionName) problems.push(problem('kode_wilayah', 'Missing value: the BPS code of the region', 'Wajib diisi: kode wilayah BPS'));
    else input.region = null;
  }

  const dateOf = (dateKey: SatuDataKey, yearKey: SatuDataKey, monthDay: string): string | null | undefined => {
    const date = metaText(dateKey);
    if (date !== undefined) {
      if (date === '') return null;
      if (DATE.test(date)) return date;
      problems.push(problem(dateKey, 'Must be a date YYYY-MM-DD', 'Harus berupa tanggal YYYY-MM-DD'));
      return undefined;
    }
    const year = metaText(yearKey);
    if (year === undefined) return undefined;
    if (year === '') return null;
    if (YEAR.test(year)) return `${year}-${monthDay}`;
    problems.push(problem(yearKey, 'Must be a year YYYY', 'Harus berupa tahun YYYY'));
    return undefined;
  };
  const start = dateOf('temporal_start', 'tahun_awal', '01-01');
  if (start !== undefined) input.temporalStart = start;
  const end = dateOf('temporal_end', 'tahun_akhir', '12-31');
  if (end !== undefined) input.temporalEnd = end;

  if (problems.length > 0) throw packageValidationError(problems);
  return input;
}

/**
 * Defaults for what a plain CKAN client does not send on package_create: it knows nothing of
 * frekuensi or tingkat_akses.
 */
export function withCreateDefaults(input: Partial<DatasetInput>): Partial<DatasetInput> {
  return {
    ...input,
    // Without a schedule, the honest default is "no schedule": nothing falls due.
    frequency: input.frequency ?? 'ad_hoc',
    // Every dataset passes the walidata before it is published, so open is a safe default.
    accessLevel: input.accessLevel ?? 'terbuka',
  };
}
