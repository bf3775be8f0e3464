/** GET /api/sambat/stats (StatsAnswer in complaint.schemas.ts). */
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
