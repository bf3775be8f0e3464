/**
 * A dataset's metadata as sent (REST or CKAN), checked and normalized field by field: every
 * problem is reported at once. Pure: the service resolves the producer and the groups.
 */
import type { FieldProblem, LocalizedText } from '../../errors.js';
import { licenseById } from './license.reference.js';
import { ACCESS_LEVELS, type AccessLevel, type ExtraPair, FREQUENCIES, type Frequency } from './opendata.tables.js';

export interface DatasetInput {
  name: string;
  title: string;
  notes?: string;
  /** The producer's id or name. */
  producer: string;
  licenseId: string;
  tags?: string[];
  /** Group names. */
  groups?: string[];
  extras?: ExtraPair[];
  contact?: { name: string; email: string } | null;
  concept?: string;
  definition?: string;
  measure?: string;
  unit?: string;
  presentationLevel?: string;
  region?: { code: string; name: string } | null;
  frequency: Frequency;
  temporalStart?: string | null;
  temporalEnd?: string | null;
  accessLevel: AccessLevel;
}

/** The checked input, ready to be written. */
export interface CheckedDataset {
  name: string;
  title: string;
  notes: string;
  producer: string;
  licenseId: string;
  tags: string[];
  groups: string[];
  extras: ExtraPair[];
  contact: { name: string; email: string } | null;
  concept: string;
  definition: string;
  measure: string;
  unit: string;
  presentationLevel: string;
  region: { code: string; name: string } | null;
  frequency: Frequency;
  temporalStart: string | null;
  temporalEnd: string | null;
  accessLevel: AccessLevel;
}

export const NAME_RULE = /^[a-z0-9_-]{2,100}$/;
/** CKAN's tag rule: letters, digits, spaces and - _ . ; Indonesian letters included. */
export const TAG_RULE = /^[\p{L}\p{N} _.-]{2,100}$/u;
/** BPS and Kemendagri region codes: province 2, city 4 (Kota Malang 3573), kecamatan 6 or 7 (BPS), kelurahan 10 digits. */
export const REGION_RULE = /^(\d{2}|\d{4}|\d{6}|\d{7}|\d{10})$/;
const EMAIL_RULE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY_RULE = /^\d{4}-\d{2}-\d{2}$/;

const LIMITS = { title: 300, notes: 20_000, text: 4_000, short: 200, tags: 50, groups: 20, extras: 50, extraKey: 100, extraValue: 2_000 };

function validDay(day: string): boolean {
  if (!DAY_RULE.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day && day >= '1900-01-01' && day <= '2199-12-31';
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The input checked against the catalogue's rules; `problems` lists every field to correct. */
export function checkDatasetInput(input: DatasetInput): { value: CheckedDataset; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: LocalizedText) => problems.push({ field, message });
  const tooLong = (field: string, value: string, max: number) => {
    if (value.length > max) problem(field, { id: `paling banyak ${max} karakter`, en: `must be at most ${max} characters` });
  };

  const name = text(input.name);
  if (!NAME_RULE.test(name)) {
    problem('name', {
      id: '2-100 karakter: huruf kecil a-z, angka 0-9, - atau _ (tanpa spasi)',
      en: '2-100 characters: lower-case a-z, digits 0-9, - or _ (no spaces)',
    });
  }
  const title = text(input.title);
  if (!title) problem('title', { id: 'wajib diisi', en: 'is required' });
  tooLong('title', title, LIMITS.title);
  const notes = text(input.notes);
  tooLong('notes', notes, LIMITS.notes);
  const producer = text(input.producer);
  if (!producer) problem('producer', { id: 'wajib diisi (id atau nama produsen data)', en: "is required (the producer's id or name)" });
  const license = licenseById(text(input.licenseId));
  if (!license)
    problem('licenseId', { id: 'bukan lisensi yang dikenal; lihat /api/opendata/licenses', en: 'is not a known licence; see /api/opendata/licenses' });
  if (!(FREQUENCIES as readonly string[]).includes(input.frequency)) {
    problem('frequency', { id: `pilih salah satu: ${FREQUENCIES.join(', ')}`, en: `choose one of ${FREQUENCIES.join(', ')}` });
  }
  if (!(ACCESS_LEVELS as readonly string[]).includes(input.accessLevel)) {
    problem('accessLevel', { id: `pilih salah satu: ${ACCESS_LEVELS.join(', ')}`, en: `choose one of ${ACCESS_LEVELS.join(', ')}` });
  }

  const tags = [...new Set((input.tags ?? []).map((t) => text(t).replace(/\s+/g, ' ')).filter(Boolean))];
  const badTags = tags.filter((t) => !TAG_RULE.test(t));
  if (badTags.length) {
    problem('tags', {
      id: `tidak sah: ${badTags.join(', ')} (2-100 karakter: huruf, angka, spasi, - _ .)`,
      en: `not valid: ${badTags.join(', ')} (2-100 characters: letters, digits, spaces, - _ .)`,
    });
  }
  if (tags.length > LIMITS.tags) problem('tags', { id: `paling banyak ${LIMITS.tags} tag`, en: `at most ${LIMITS.tags} tags` });
  const groups = [...new Set((input.groups ?? []).map((g) => text(g).toLowerCase()).filter(Boolean))];
  if (groups.length > LIMITS.groups) problem('groups', { id: `paling banyak ${LIMITS.groups} kelompok`, en: `at most ${LIMITS.groups} groups` });

  const extras = (input.extras ?? []).map((e) => ({ key: text(e?.key), value: typeof e?.value === 'string' ? e.value : String(e?.value ?? '') }));
  const keys = extras.map((e) => e.key);
  if (keys.some((k) => !k || k.length > LIMITS.extraKey)) problem('extras', { id: 'setiap kunci 1-100 karakter', en: 'each key must have 1-100 characters' });
  if (new Set(keys).size !== keys.length) problem('extras', { id: 'kunci tidak boleh berulang', en: 'keys must not repeat' });
  if (extras.some((e) => e.value.length > LIMITS.extraValue)) {
    problem('extras', { id: `setiap nilai paling banyak ${LIMITS.extraValue} karakter`, en: `each value must be at most ${LIMITS.extraValue} characters` });
  }
  if (extras.length > LIMITS.extras) problem('extras', { id: `paling banyak ${LIMITS.extras} pasangan`, en: `at most ${LIMITS.extras} pairs` });

  let contact: CheckedDataset['contact'] = null;
  if (input.contact) {
    contact = { name: text(input.contact.name), email: text(input.contact.email).toLowerCase() };
    if (!contact.name) problem('contact.name', { id: 'wajib diisi bila ada kontak', en: 'is required with a contact' });
    tooLong('contact.name', contact.name, LIMITS.short);
    if (!EMAIL_RULE.test(contact.email) || contact.email.length > 254)
      problem('contact.email', { id: 'bukan alamat email yang sah', en: 'is not a valid email address' });
  }

  let region: CheckedDataset['region'] = null;
  if (input.region) {
    region = { code: text(input.region.code), name: text(input.region.name) };
    if (!REGION_RULE.test(region.code)) {
      problem('region.code', {
        id: 'kode wilayah BPS: 2, 4, 6, 7 atau 10 angka (Kota Malang: 3573)',
        en: 'a BPS region code: 2, 4, 6, 7 or 10 digits (Kota Malang: 3573)',
      });
    }
    if (!region.name) problem('region.name', { id: 'wajib diisi bila ada kode wilayah', en: 'is required with a region code' });
    tooLong('region.name', region.name, LIMITS.short);
  }

  const temporalStart = input.temporalStart ? text(input.temporalStart) : null;
  const temporalEnd = input.temporalEnd ? text(input.temporalEnd) : null;
  if (temporalStart && !validDay(temporalStart)) problem('temporalStart', { id: 'tanggal YYYY-MM-DD (1900-2199)', en: 'a date YYYY-MM-DD (1900-2199)' });
  if (temporalEnd && !validDay(temporalEnd)) problem('temporalEnd', { id: 'tanggal YYYY-MM-DD (1900-2199)', en: 'a date YYYY-MM-DD (1900-2199)' });
  if (temporalStart && temporalEnd && validDay(temporalStart) && validDay(temporalEnd) && temporalEnd < temporalStart) {
    problem('temporalEnd', { id: 'tidak boleh sebelum temporalStart', en: 'must not be before temporalStart' });
  }

  const more = {
    concept: text(input.concept),
    definition: text(input.definition),
    measure: text(input.measure),
    unit: text(input.unit),
    presentationLevel: text(input.presentationLevel),
  };
  for (const [field, value] of Object.entries(more)) tooLong(field, value, field === 'unit' || field === 'presentationLevel' ? LIMITS.short : LIMITS.text);

  return {
    value: {
      name,
      title,
      notes,
      producer,
      licenseId: license?.id ?? text(input.licenseId),
      tags,
      groups,
      extras,
      contact,
      ...more,
      region,
      frequency: input.frequency,
      temporalStart,
      temporalEnd,
      accessLevel: input.accessLevel,
    },
    problems,
  };
}

/** The input a dataset's current metadata amounts to, for a patch to start from. */
export function inputOf(view: {
  name: string;
  title: string;
  notes: string;
  producer: { id: string };
  licenseId: string;
  tags: string[];
  groups: { name: string }[];
  extras: ExtraPair[];
  contact: { name: string; email: string } | null;
  concept: string;
  definition: string;
  measure: string;
  unit: string;
  presentationLevel: string;
  region: { code: string; name: string } | null;
  frequency: Frequency;
  temporalStart: string | null;
  temporalEnd: string | null;
  accessLevel: AccessLevel;
}): DatasetInput {
  return {
    name: view.name,
    title: view.title,
    notes: view.notes,
    producer: view.producer.id,
    licenseId: view.licenseId,
    tags: view.tags,
    groups: view.groups.map((g) => g.name),
    extras: view.extras,
    contact: view.contact,
    concept: view.concept,
    definition: view.definition,
    measure: view.measure,
    unit: view.unit,
    presentationLevel: view.presentationLevel,
    region: view.region,
    frequency: view.frequency,
    temporalStart: view.temporalStart,
    temporalEnd: view.temporalEnd,
    accessLevel: view.accessLevel,
  };
}
