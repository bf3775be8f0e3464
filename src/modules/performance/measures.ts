/**
 * Measures the platform computes itself for an indicator, with the formula written out. Only
 * measures whose data the platform holds are offered: others arrive with their modules.
 */
export const MEASURES = {
  sambat_on_time: {
    unit: '%',
    direction: 'higher',
    formula: {
      id: 'Jumlah aduan SAMBAT yang dijawab OPD dalam batas waktu ÷ jumlah aduan yang dijawab OPD pada periode itu × 100%',
      en: 'SAMBAT complaints the OPD answered within the time limit ÷ complaints the OPD answered in the period × 100%',
    },
  },
} as const;

export type Measure = keyof typeof MEASURES;

export function isMeasure(value: string): value is Measure {
  return Object.hasOwn(MEASURES, value);
}
