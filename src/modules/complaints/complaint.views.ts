/**
 * What each audience sees of a complaint. The public view is built from an allow-list of fields,
 * so no reporter detail (name, email, phone, account) can reach a public answer by accident; the
 * staff view adds the reporter only for those allowed, and never for anonim to anyone but admin.
 */
import type { Locale } from '../../config.js';
import { workingDaysBetween } from '../../platform/calendar/working-days.js';
import type { CategoryRow } from './category.repository.js';
import type { ComplaintRow, EventRow, PhotoRow } from './complaint.repository.js';
import { STATUS_LABELS, type Status } from './complaint.states.js';
import type { ComplaintKind, Privacy } from './complaints.tables.js';

/** Names looked up once per answer for the ids a complaint refers to. */
export interface NameLookup {
  category(id: string): CategoryRow | undefined;
  opdName(id: string | null): string | null;
  wilayahName(id: string | null): string | null;
}

export interface PublicPhoto {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
}

export interface PublicEvent {
  id: number;
  at: string;
  type: string;
  status: Status | null;
  statusLabel: string | null;
  by: 'pelapor' | 'admin' | 'opd' | 'sistem' | 'publik';
  opd: string | null;
  note: string | null;
  photos: PublicPhoto[];
}

export interface PublicComplaint {
  trackingNo: string;
  kind: ComplaintKind;
  category: { code: string; name: string };
  description: string;
  status: Status;
  statusLabel: string;
  opd: string | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  locationApproximate: boolean;
  kecamatan: string | null;
  kelurahan: string | null;
  supporters: number;
  duplicateOf: string | null;
  satisfaction: number | null;
  createdAt: string;
  updatedAt: string;
  dueAt: string | null;
  photos: PublicPhoto[];
}

/** Event types whose note the public may read (answers, questions, reasons); other notes stay internal. */
export const PUBLIC_NOTES: ReadonlySet<string> = new Set([
  'postponed',
  'info_supplied',
  'rejected',
  'responded',
  'reporter_reply',
  'confirmed',
  'reopened',
  'forwarded_lapor',
]);

const PARTY_WORD = { reporter: 'pelapor', admin: 'admin', opd: 'opd', system: 'sistem', public: 'publik' } as const;

export function photoView(photo: PhotoRow): PublicPhoto {
  return {
    id: photo.id,
    url: `/api/sambat/photos/${photo.id}`,
    thumbnailUrl: `/api/sambat/photos/${photo.id}?size=thumb`,
    width: photo.width,
    height: photo.height,
  };
}

export function publicComplaint(
  c: ComplaintRow,
  names: NameLookup,
  photos: PhotoRow[],
  locale: Locale,
  duplicateOfTracking: string | null = null,
): PublicComplaint {
  const category = names.category(c.category_id);
  return {
    trackingNo: c.tracking_no,
    kind: c.kind,
    category: { code: category?.code ?? '', name: (locale === 'en' ? category?.name_en : category?.name) ?? '' },
    description: c.description,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status][locale],
    opd: names.opdName(c.opd_id),
    address: c.address,
    lat: c.lat,
    lon: c.lon,
    locationApproximate: c.location_approximate,
    kecamatan: names.wilayahName(c.kecamatan_id),
    kelurahan: names.wilayahName(c.kelurahan_id),
    supporters: c.supporter_count,
    duplicateOf: duplicateOfTracking,
    satisfaction: c.satisfaction,
    createdAt: c.created_at.toISOString(),
    updatedAt: c.updated_at.toISOString(),
    dueAt: c.due_at?.toISOString() ?? null,
    photos: photos.filter((p) => p.complaint_id === c.id && p.event_id === null).map(photoView),
  };
}

export function publicEvent(e: EventRow, names: NameLookup, photos: PhotoRow[], locale: Locale): PublicEvent {
  const status = (e.to_status as Status | null) ?? null;
  return {
    id: e.id,
    at: e.at.toISOString(),
    type: e.type,
    status,
    statusLabel: status ? STATUS_LABELS[status][locale] : null,
    by: PARTY_WORD[e.actor_party],
    opd: names.opdName(e.actor_opd_id),
    note: e.note,
    photos: photos.filter((p) => p.event_id === e.id).map(photoView),
  };
}

export interface Reporter {
  name: string | null;
  email: string | null;
  phone: string | null;
  userId: string | null;
}

export interface StaffComplaint extends PublicComplaint {
  id: string;
  privacy: Privacy;
  channel: ComplaintRow['channel'];
  opdId: string | null;
  categoryId: string;
  kecamatanId: string | null;
  kelurahanId: string | null;
  escalationLevel: number;
  reopenCount: number;
  attributes: Record<string, string>;
  /** Null when hidden from this viewer (anonim for OPD staff), or when the reporter gave none. */
  reporter: Reporter | null;
  reporterHidden: boolean;
  /** The running time limit in working days, for the console's badges; null when no step is owed by the city hall. */
  deadline: Deadline | null;
}

export interface Deadline {
  /** Working days from today to the due day: 0 on the due day itself, negative once past it. */
  workingDaysLeft: number;
  overdue: boolean;
}

/**
 * Statuses in which the city hall owes the next step by due_at. A postponed complaint waits on the
 * reporter, and a responded one's due_at is the reporter's window to confirm: no staff deadline.
 */
const STAFF_DEADLINE_STATUSES: ReadonlySet<Status> = new Set(['submitted', 'returned', 'dispositioned', 'accepted', 'in_progress', 'reopened']);

/** The staff deadline of a complaint as seen at `now`, counted in the city's working days. */
export function deadlineOf(c: Pick<ComplaintRow, 'status' | 'due_at'>, now: Date, holidays: ReadonlySet<string>, timeZone: string): Deadline | null {
  if (!c.due_at || !STAFF_DEADLINE_STATUSES.has(c.status)) return null;
  return { workingDaysLeft: workingDaysBetween(now, c.due_at, holidays, timeZone), overdue: c.due_at.getTime() < now.getTime() };
}

export function staffComplaint(
  c: ComplaintRow,
  names: NameLookup,
  photos: PhotoRow[],
  locale: Locale,
  showReporter: boolean,
  deadline: Deadline | null,
  duplicateOfTracking: string | null = null,
): StaffComplaint {
  return {
    ...publicComplaint(c, names, photos, locale, duplicateOfTracking),
    id: c.id,
    privacy: c.privacy,
    channel: c.channel,
    opdId: c.opd_id,
    categoryId: c.category_id,
    kecamatanId: c.kecamatan_id,
    kelurahanId: c.kelurahan_id,
    escalationLevel: c.escalation_level,
    reopenCount: c.reopen_count,
    attributes: c.attributes,
    reporter: showReporter ? { name: c.reporter_name, email: c.reporter_email, phone: c.reporter_phone, userId: c.reporter_user_id } : null,
    reporterHidden: !showReporter,
    deadline,
  };
}

/** The short answer to a workflow step: where the complaint stands now. */
export function statusAnswer(c: Pick<ComplaintRow, 'tracking_no' | 'status' | 'due_at'>) {
  return { trackingNo: c.tracking_no, status: c.status, dueAt: c.due_at?.toISOString() ?? null };
}
