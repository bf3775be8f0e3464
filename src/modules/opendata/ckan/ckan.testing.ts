/** A published dataset with one confirmed upload and one link, for the pure mapping tests. */
import type { DatasetView } from '../dataset.views.js';
import type { ResourceView } from '../resource.views.js';

export const PUBLIC_URL = 'https://data.malangkota.go.id';

export function sampleResource(overrides: Partial<ResourceView> = {}): ResourceView {
  return {
    id: '11111111-2222-4333-8444-555555555555',
    datasetId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    name: 'Jumlah penduduk per kecamatan',
    description: 'Hasil registrasi',
    kind: 'upload',
    url: '/api/opendata/resources/11111111-2222-4333-8444-555555555555/download.csv',
    format: 'CSV',
    position: 0,
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-06T02:00:00.000Z',
    currentVersion: {
      versionNo: 2,
      fileName: 'penduduk.csv',
      mediaType: 'text/csv',
      bytes: 2048,
      sha256: 'ab'.repeat(32),
      rowCount: 5,
      columns: [
        { name: 'kecamatan', type: 'text', unit: '' },
        { name: 'jumlah', type: 'integer', unit: 'jiwa' },
      ],
      keyColumns: ['kecamatan'],
      confirmed: true,
      summary: null,
      createdAt: '2026-01-06T01:00:00.000Z',
    },
    latestVersion: null,
    versionCount: 2,
    ...overrides,
  };
}

export function sampleDataset(overrides: Partial<DatasetView> = {}): DatasetView {
  return {
    id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    name: 'penduduk-kecamatan',
    title: 'Jumlah Penduduk per Kecamatan',
    notes: 'Jumlah penduduk Kota Malang menurut kecamatan.',
    producer: {
      id: 'ffffffff-0000-4000-8000-000000000001',
      name: 'dispendukcapil',
      title: 'Dinas Kependudukan dan Pencatatan Sipil',
      kind: 'opd',
      opdId: 'o1',
    },
    licenseId: 'CC-BY-4.0',
    licenseTitle: 'Creative Commons Attribution 4.0 International',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    tags: ['penduduk', 'kependudukan'],
    groups: [{ id: 'eeeeeeee-0000-4000-8000-000000000001', name: 'kependudukan', title: 'Kependudukan' }],
    extras: [{ key: 'sumber', value: 'SIAK' }],
    contact: { name: 'Bidang Data', email: 'data@dispendukcapil.malangkota.go.id' },
    concept: 'Penduduk',
    definition: 'Orang yang berdomisili di wilayah Kota Malang',
    measure: 'Jumlah penduduk',
    unit: 'jiwa',
    presentationLevel: 'kecamatan',
    region: { code: '3573', name: 'Kota Malang' },
    frequency: 'tahunan',
    temporalStart: '2020-01-01',
    temporalEnd: '2024-12-31',
    accessLevel: 'terbuka',
    status: 'DITAYANGKAN',
    isPublic: true,
    createdAt: '2026-01-05T01:00:00.000Z',
    updatedAt: '2026-01-07T01:00:00.000Z',
    publishedAt: '2026-01-07T01:00:00.000Z',
    lastDataAt: '2026-01-06T01:00:00.000Z',
    nextDueOn: '2027-01-06',
    overdue: false,
    resources: [
      sampleResource(),
      sampleResource({
        id: '22222222-2222-4333-8444-555555555555',
        name: 'Publikasi BPS',
        description: '',
        kind: 'link',
        url: 'https://malangkota.bps.go.id/publikasi.html',
        format: 'HTML',
        position: 1,
        currentVersion: null,
        versionCount: 0,
      }),
    ],
    ...overrides,
  };
}
