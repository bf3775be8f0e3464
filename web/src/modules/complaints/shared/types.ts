/** The complaint API's shapes as the web app reads them (the server's schemas: complaint.schemas.ts). */
export type ComplaintKind = 'pengaduan' | 'aspirasi' | 'permintaan_informasi';
export type Privacy = 'publik' | 'anonim' | 'rahasia';
export type Status = 'submitted' | 'postponed' | 'rejected' | 'dispositioned' | 'accepted' | 'in_progress' | 'responded' | 'returned' | 'reopened' | 'closed';

export const KINDS: ComplaintKind[] = ['pengaduan', 'aspirasi', 'permintaan_informasi'];
export const PRIVACIES: Privacy[] = ['publik', 'anonim', 'rahasia'];
/** Statuses in which a complaint still waits for the city. */
export const OPEN_STATUSES: Status[] = ['submitted', 'postponed', 'dispositioned', 'accepted', 'in_progress', 'returned', 'reopened'];

export interface Photo {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
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
  photos: Photo[];
}

export interface PublicEvent {
  id: number;
  at: string;
  type: string;
  status: Status | null;
  statusLabel: string | null;
  /** pelapor, admin, opd, sistem, publik */
  by: string;
  opd: string | null;
  note: string | null;
  photos: Photo[];
}

export interface PublicDetail {
  complaint: PublicComplaint;
  timeline: PublicEvent[];
}

export interface Category {
  id: string;
  code: string;
  name: string;
  description: string | null;
  defaultOpdId: string | null;
  duplicateRadiusMetres: number;
  limits: { verifyDays: number; respondDays: number; closeDays: number };
  skipVerification: boolean;
  /** False only in the admin's list of every category (all=true). */
  active: boolean;
}

export interface FiledAnswer {
  trackingNo: string;
  secret: string;
  status: Status;
  dueAt: string | null;
  kecamatan: string | null;
  kelurahan: string | null;
  locationApproximate: boolean;
  locationNote: string | null;
}

export interface NearbyComplaint {
  trackingNo: string;
  description: string;
  status: Status;
  lat: number;
  lon: number;
  supporters: number;
  createdAt: string;
  metres: number;
}

export interface WilayahItem {
  id: string;
  name: string;
  codes: Array<{ system: string; code: string }>;
  hasBoundary: boolean;
  centre: { lat: number; lon: number } | null;
}

/** A kecamatan with its kelurahan, as /api/org/wilayah lists them. */
export interface Kecamatan extends WilayahItem {
  kelurahan: WilayahItem[];
}

export interface Opd {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: string;
  parentId: string | null;
  headName: string | null;
  email: string | null;
  phone: string | null;
}

/** GET /api/sambat/stats, per OPD (StatsAnswer in complaint.schemas.ts). */
export interface OpdStats {
  opdId: string | null;
  opd: string | null;
  received: number;
  dispositioned: number;
  answered: number;
  closed: number;
  medianHoursToVerify: number | null;
  medianHoursToAnswer: number | null;
  /** 0-1 of those answered. */
  answeredInTimeShare: number | null;
  reopenRate: number | null;
  /** Mean rating 1-5. */
  satisfaction: number | null;
  rated: number;
}

export interface StatsAnswer {
  from: string;
  to: string;
  items: OpdStats[];
}
