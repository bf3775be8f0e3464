/**
 * The predicate bands of the SPBE index (DOMAIN.md section 6), the same under PermenPANRB 5/2018
 * and 59/2020: each band from its lowest index up to the next band.
 */
export const SPBE_PREDICATES = [
  { code: 'memuaskan', label: 'Memuaskan', min: 4.2 },
  { code: 'sangat_baik', label: 'Sangat Baik', min: 3.5 },
  { code: 'baik', label: 'Baik', min: 2.6 },
  { code: 'cukup', label: 'Cukup', min: 1.8 },
  { code: 'kurang', label: 'Kurang', min: 0 },
];
