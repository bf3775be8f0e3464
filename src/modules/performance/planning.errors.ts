/** The planning cascade's errors: stable codes, messages the mayor's team can act on. */
import { AppError } from '../../errors.js';

const invalid = (code: string, field: string, id: string, en: string) =>
  new AppError(code, 'invalid', { id, en }, { fields: [{ field, message: { id: 'tidak sesuai', en: 'does not fit' } }] });

export const planningErrors = {
  yearNeedsParent: () =>
    invalid(
      'performance.year_needs_rpjmd',
      'parentId',
      'Periode tahunan harus berada di dalam periode RPJMD: isi parentId.',
      'A yearly period belongs to an RPJMD period: give parentId.',
    ),
  rpjmdHasNoParent: () =>
    invalid('performance.rpjmd_has_no_parent', 'parentId', 'Periode RPJMD tidak berada di dalam periode lain.', 'An RPJMD period sits inside no other period.'),
  yearOutsideParent: (start: number, end: number) =>
    invalid(
      'performance.year_outside_rpjmd',
      'startYear',
      `Tahun harus di dalam periode RPJMD ${start}–${end}.`,
      `The year must lie within the RPJMD period ${start}–${end}.`,
    ),
  badSpan: () =>
    invalid(
      'performance.bad_span',
      'endYear',
      'Periode RPJMD berlangsung lima tahun: tahun akhir = tahun awal + 4.',
      'An RPJMD period runs five years: the end year is the start year + 4.',
    ),
  periodNotFound: () => new AppError('performance.period_not_found', 'not_found', { id: 'Periode tidak ditemukan.', en: 'The period was not found.' }),
  goalNotFound: () => new AppError('performance.goal_not_found', 'not_found', { id: 'Sasaran tidak ditemukan.', en: 'The goal was not found.' }),
  opdNotFound: () => new AppError('performance.opd_not_found', 'not_found', { id: 'OPD tidak ditemukan.', en: 'The OPD was not found.' }),
  parentGoalElsewhere: () =>
    invalid(
      'performance.parent_goal_elsewhere',
      'parentGoalId',
      'Sasaran induk harus dari periode RPJMD yang memuat periode ini.',
      'The parent goal must belong to the RPJMD period that holds this one.',
    ),
  unknownMeasure: (measure: string) =>
    invalid(
      'performance.unknown_measure',
      'source.measure',
      `Ukuran "${measure}" tidak dihitung oleh platform. Yang tersedia: sambat_on_time.`,
      `The platform computes no measure "${measure}". Available: sambat_on_time.`,
    ),
  formulaRequired: () =>
    invalid(
      'performance.formula_required',
      'formula',
      'Tuliskan rumus perhitungan indikator yang diisi OPD.',
      'Write out how an indicator entered by the OPD is calculated.',
    ),
  duplicate: (what: string) =>
    new AppError('performance.duplicate', 'conflict', { id: `Kode ${what} sudah dipakai.`, en: `The code ${what} is taken already.` }),
  yearTaken: (year: number) =>
    new AppError('performance.year_taken', 'conflict', { id: `Periode tahun ${year} sudah ada.`, en: `A period for ${year} exists already.` }),
};
