/**
 * The licences a dataset may carry: the open licences Indonesian portals use (Creative Commons and
 * Open Data Commons), plus a non-open one for data that is not Terbuka. Ids are the SPDX
 * identifiers, except 'other-closed', which is CKAN's own id for a licence that is not open.
 */

export interface LicenseView {
  id: string;
  title: string;
  url: string;
  /** True when the licence meets the Open Definition: anyone may use, change and share the data. */
  openData: boolean;
}

export const LICENSES: readonly LicenseView[] = [
  { id: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/', openData: true },
  {
    id: 'CC-BY-SA-4.0',
    title: 'Creative Commons Attribution-ShareAlike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    openData: true,
  },
  { id: 'CC0-1.0', title: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/', openData: true },
  { id: 'ODbL-1.0', title: 'Open Data Commons Open Database License v1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/', openData: true },
  { id: 'ODC-By-1.0', title: 'Open Data Commons Attribution License v1.0', url: 'https://opendatacommons.org/licenses/by/1-0/', openData: true },
  {
    id: 'PDDL-1.0',
    title: 'Open Data Commons Public Domain Dedication and License v1.0',
    url: 'https://opendatacommons.org/licenses/pddl/1-0/',
    openData: true,
  },
  {
    id: 'CC-BY-NC-4.0',
    title: 'Creative Commons Attribution-NonCommercial 4.0 International',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
    openData: false,
  },
  { id: 'other-closed', title: 'Lainnya (tidak terbuka) / Other (not open)', url: '', openData: false },
];

const BY_ID = new Map(LICENSES.map((l) => [l.id.toLowerCase(), l]));

/** The licence with this id, compared without regard to case ('cc-by-4.0' is CC-BY-4.0), or undefined. */
export function licenseById(id: string): LicenseView | undefined {
  return BY_ID.get(id.trim().toLowerCase());
}
