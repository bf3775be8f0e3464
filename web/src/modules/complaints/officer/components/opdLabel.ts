import type { Opd } from '../../shared/types';

/** "Dinas Perhubungan (DISHUB)": the full name people read, the short name they search for. */
export function opdLabel(opd: Pick<Opd, 'name' | 'shortName'>): string {
  return opd.shortName && opd.shortName !== opd.name ? `${opd.name} (${opd.shortName})` : opd.name;
}
