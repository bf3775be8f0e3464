/**
 * The dataset form's state as text fields, and what the API is sent: blanks become null where the
 * API means "none" (contact, region, dates), tags split on commas, an empty extra dropped.
 */
import type { AccessLevel, DatasetInput, DatasetView, Frequency } from '../shared/types';

export interface DatasetDraft {
  name: string;
  title: string;
  notes: string;
  producer: string;
  licenseId: string;
  tags: string;
  groups: string[];
  extras: Array<{ key: string; value: string }>;
  contactName: string;
  contactEmail: string;
  concept: string;
  definition: string;
  measure: string;
  unit: string;
  presentationLevel: string;
  regionCode: string;
  regionName: string;
  frequency: Frequency;
  temporalStart: string;
  temporalEnd: string;
  accessLevel: AccessLevel;
}

export function emptyDraft(producer = '', licenseId = ''): DatasetDraft {
  return {
    name: '',
    title: '',
    notes: '',
    producer,
    licenseId,
    tags: '',
    groups: [],
    extras: [],
    contactName: '',
    contactEmail: '',
    concept: '',
    definition: '',
    measure: '',
    unit: '',
    presentationLevel: '',
    regionCode: '',
    regionName: '',
    frequency: 'tahunan',
    temporalStart: '',
    temporalEnd: '',
    accessLevel: 'terbuka',
  };
}

export function draftOf(d: DatasetView): DatasetDraft {
  return {
    name: d.name,
    title: d.title,
    notes: d.notes,
    producer: d.producer.name,
    licenseId: d.licenseId,
    tags: d.tags.join(', '),
    groups: d.groups.map((g) => g.name),
    extras: d.extras.map((e) => ({ ...e })),
    contactName: d.contact?.name ?? '',
    contactEmail: d.contact?.email ?? '',
    concept: d.concept,
    definition: d.definition,
    measure: d.measure,
    unit: d.unit,
    presentationLevel: d.presentationLevel,
    regionCode: d.region?.code ?? '',
    regionName: d.region?.name ?? '',
    frequency: d.frequency,
    temporalStart: d.temporalStart?.slice(0, 10) ?? '',
    temporalEnd: d.temporalEnd?.slice(0, 10) ?? '',
    accessLevel: d.accessLevel,
  };
}

export function inputOf(draft: DatasetDraft): DatasetInput {
  const contact = draft.contactName.trim() || draft.contactEmail.trim() ? { name: draft.contactName.trim(), email: draft.contactEmail.trim() } : null;
  const region = draft.regionCode.trim() || draft.regionName.trim() ? { code: draft.regionCode.trim(), name: draft.regionName.trim() } : null;
  return {
    name: draft.name.trim(),
    title: draft.title.trim(),
    notes: draft.notes.trim(),
    producer: draft.producer,
    licenseId: draft.licenseId,
    tags: [
      ...new Set(
        draft.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ],
    groups: draft.groups,
    extras: draft.extras.map((e) => ({ key: e.key.trim(), value: e.value.trim() })).filter((e) => e.key || e.value),
    contact,
    concept: draft.concept.trim(),
    definition: draft.definition.trim(),
    measure: draft.measure.trim(),
    unit: draft.unit.trim(),
    presentationLevel: draft.presentationLevel.trim(),
    region,
    frequency: draft.frequency,
    temporalStart: draft.temporalStart || null,
    temporalEnd: draft.temporalEnd || null,
    accessLevel: draft.accessLevel,
  };
}

/** A dataset's address from its title: lower case, a-z 0-9 and hyphens, at most 100 characters. */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
