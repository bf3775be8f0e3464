/** The search page's filters as URL parameters, so a search can be bookmarked, shared and exported. */
import type { StaffFilter } from '../api';

/** URL parameter → API parameter. The URL uses short Indonesian-neutral names. */
const PARAMS = {
  q: 'q',
  status: 'status',
  category: 'kategori',
  opdId: 'opd',
  kecamatanId: 'kecamatan',
  from: 'dari',
  to: 'sampai',
} as const;

export type FilterForm = Record<keyof typeof PARAMS, string> & { overdue: boolean };

export const EMPTY_FORM: FilterForm = { q: '', status: '', category: '', opdId: '', kecamatanId: '', from: '', to: '', overdue: false };

export function formFromParams(params: URLSearchParams): FilterForm {
  const form = { ...EMPTY_FORM };
  for (const [field, name] of Object.entries(PARAMS) as Array<[keyof typeof PARAMS, string]>) form[field] = params.get(name) ?? '';
  form.overdue = params.get('terlambat') === '1';
  return form;
}

export function paramsFromForm(form: FilterForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(PARAMS) as Array<[keyof typeof PARAMS, string]>) {
    const value = form[field].trim();
    if (value) params.set(name, value);
  }
  if (form.overdue) params.set('terlambat', '1');
  return params;
}

export function filterFromForm(form: FilterForm): StaffFilter {
  const filter: StaffFilter = {};
  for (const field of Object.keys(PARAMS) as Array<keyof typeof PARAMS>) {
    const value = form[field].trim();
    if (value) filter[field] = value;
  }
  if (form.overdue) filter.overdue = true;
  return filter;
}
