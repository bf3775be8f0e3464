import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../errors.js';
import { ckanFieldName, frequencyOf, packageInputOf, toCkanPackage, toCkanResource, withCreateDefaults } from './ckan.package.js';
import { PUBLIC_URL, sampleDataset, sampleResource } from './ckan.testing.js';

const extra = (pkg: { extras: { key: string; value: string }[] }, key: string) => pkg.extras.find((e) => e.key === key)?.value;

function fieldsOf(fn: () => unknown): Record<string, string[]> {
  try {
    fn();
  } catch (error) {
    const out: Record<string, string[]> = {};
    for (const f of (error as AppError).details.fields ?? []) out[f.field] = [...(out[f.field] ?? []), f.message.en];
    return out;
  }
  throw new Error('expected a Validation Error');
}

describe('a dataset as a CKAN package', () => {
  const pkg = toCkanPackage(sampleDataset(), { publicUrl: PUBLIC_URL, openLicenses: new Set(['CC-BY-4.0']) });

  it('has CKAN core fields', () => {
    expect(pkg).toMatchObject({
      id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      name: 'penduduk-kecamatan',
      title: 'Jumlah Penduduk per Kecamatan',
      notes: 'Jumlah penduduk Kota Malang menurut kecamatan.',
      type: 'dataset',
      state: 'active',
      private: false,
      isopen: true,
      license_id: 'CC-BY-4.0',
      license_title: 'Creative Commons Attribution 4.0 International',
      license_url: 'https://creativecommons.org/licenses/by/4.0/',
      author: 'Dinas Kependudukan dan Pencatatan Sipil',
      maintainer: 'Bidang Data',
      maintainer_email: 'data@dispendukcapil.malangkota.go.id',
      metadata_created: '2026-01-05T01:00:00.000Z',
      metadata_modified: '2026-01-07T01:00:00.000Z',
      num_resources: 2,
      num_tags: 2,
    });
    expect(pkg.owner_org).toBe(pkg.organization.id);
    expect(pkg.organization).toMatchObject({ name: 'dispendukcapil', type: 'organization', is_organization: true, state: 'active' });
    expect(pkg.tags).toEqual([
      { name: 'penduduk', display_name: 'penduduk', state: 'active', vocabulary_id: null },
      { name: 'kependudukan', display_name: 'kependudukan', state: 'active', vocabulary_id: null },
    ]);
    expect(pkg.groups[0]).toMatchObject({ name: 'kependudukan', title: 'Kependudukan', display_name: 'Kependudukan' });
  });

  it("carries the Satu Data metadata as extras with stable keys, sorted, next to the dataset's own", () => {
    expect(pkg.extras.map((e) => e.key)).toEqual([
      'cakupan_wilayah',
      'definisi',
      'frekuensi',
      'kode_wilayah',
      'konsep',
      'satuan',
      'status',
      'sumber',
      'tahun_akhir',
      'tahun_awal',
      'temporal_end',
      'temporal_start',
      'tingkat_akses',
      'tingkat_penyajian',
      'ukuran',
    ]);
    expect(extra(pkg, 'frekuensi')).toBe('tahunan');
    expect(extra(pkg, 'kode_wilayah')).toBe('3573');
    expect(extra(pkg, 'tahun_awal')).toBe('2020');
    expect(extra(pkg, 'tahun_akhir')).toBe('2024');
    expect(extra(pkg, 'status')).toBe('DITAYANGKAN');
    expect(extra(pkg, 'sumber')).toBe('SIAK');
  });

  it('shows a draft as state draft and anything not public as private', () => {
    const draft = toCkanPackage(sampleDataset({ status: 'DRAFT', isPublic: false, region: null, temporalStart: null }), { publicUrl: PUBLIC_URL });
    expect(draft).toMatchObject({ state: 'draft', private: true, isopen: false });
    expect(extra(draft, 'kode_wilayah')).toBeUndefined();
    expect(extra(draft, 'tahun_awal')).toBeUndefined();
  });

  it('has resources with absolute URLs, sha256 hashes and the datastore flag of a confirmed upload', () => {
    const [upload, link] = pkg.resources;
    expect(upload).toMatchObject({
      id: '11111111-2222-4333-8444-555555555555',
      package_id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      url: `${PUBLIC_URL}/api/opendata/resources/11111111-2222-4333-8444-555555555555/download.csv`,
      url_type: 'upload',
      format: 'CSV',
      mimetype: 'text/csv',
      size: 2048,
      hash: `sha256:${'ab'.repeat(32)}`,
      datastore_active: true,
      state: 'active',
      position: 0,
    });
    expect(link).toMatchObject({ url: 'https://malangkota.bps.go.id/publikasi.html', url_type: null, datastore_active: false, size: null, hash: '' });
    const unconfirmed = toCkanResource(sampleResource({ currentVersion: null }), PUBLIC_URL);
    expect(unconfirmed.datastore_active).toBe(false);
  });
});

describe('a CKAN package body as our input', () => {
  const body = {
    name: 'angka-kematian-bayi',
    title: 'Angka Kematian Bayi',
    notes: 'Per 1.000 kelahiran hidup',
    owner_org: 'dinkes',
    license_id: 'CC-BY-4.0',
    tags: [{ name: 'kesehatan' }, { name: 'bayi' }],
    groups: [{ name: 'kesehatan' }],
    maintainer: 'Seksi Data',
    maintainer_email: 'data@dinkes.malangkota.go.id',
    extras: [
      { key: 'frekuensi', value: 'Tahunan' },
      { key: 'tingkat_akses', value: 'Terbuka' },
      { key: 'satuan', value: 'per 1.000 kelahiran hidup' },
      { key: 'kode_wilayah', value: '3573' },
      { key: 'cakupan_wilayah', value: 'Kota Malang' },
      { key: 'tahun_awal', value: '2019' },
      { key: 'tahun_akhir', value: '2024' },
      { key: 'status', value: 'DITAYANGKAN' },
      { key: 'sumber', value: 'Profil Kesehatan' },
    ],
  };

  it('maps CKAN fields to ours and lifts the Satu Data extras, keeping the others', () => {
    expect(packageInputOf(body, 'create')).toEqual({
      name: 'angka-kematian-bayi',
      title: 'Angka Kematian Bayi',
      notes: 'Per 1.000 kelahiran hidup',
      producer: 'dinkes',
      licenseId: 'CC-BY-4.0',
      tags: ['kesehatan', 'bayi'],
      groups: ['kesehatan'],
      contact: { name: 'Seksi Data', email: 'data@dinkes.malangkota.go.id' },
      extras: [{ key: 'sumber', value: 'Profil Kesehatan' }],
      frequency: 'tahunan',
      accessLevel: 'terbuka',
      unit: 'per 1.000 kelahiran hidup',
      region: { code: '3573', name: 'Kota Malang' },
      temporalStart: '2019-01-01',
      temporalEnd: '2024-12-31',
    });
  });

  it('round-trips package_show output (exact dates win over years; status is never read)', () => {
    const shown = toCkanPackage(sampleDataset({ temporalStart: '2020-03-01' }), { publicUrl: PUBLIC_URL });
    const back = packageInputOf(shown as unknown as Record<string, unknown>, 'update');
    expect(back).toMatchObject({
      name: 'penduduk-kecamatan',
      producer: shown.owner_org,
      tags: ['penduduk', 'kependudukan'],
      groups: ['kependudukan'],
      frequency: 'tahunan',
      accessLevel: 'terbuka',
      concept: 'Penduduk',
      presentationLevel: 'kecamatan',
      temporalStart: '2020-03-01',
      temporalEnd: '2024-12-31',
      extras: [{ key: 'sumber', value: 'SIAK' }],
    });
    expect(JSON.stringify(back)).not.toContain('DITAYANGKAN');
  });

  it('accepts the Satu Data keys at the top level, tags as strings or tag_string, and private as the access level', () => {
    expect(packageInputOf({ name: 'ab', owner_org: 'x', frekuensi: 'Empat Bulanan', tag_string: 'a,b', private: true }, 'create')).toMatchObject({
      title: 'ab',
      frequency: 'empat_bulanan',
      tags: ['a', 'b'],
      accessLevel: 'tertutup',
    });
    expect(packageInputOf({ name: 'ab', owner_org: 'x', tags: ['x1', 'x2'], tingkat_akses: 'terbatas', private: false }, 'create')).toMatchObject({
      tags: ['x1', 'x2'],
      accessLevel: 'terbatas',
    });
  });

  it('gives a patch only what was sent', () => {
    expect(packageInputOf({ id: 'abc', title: 'Baru', extras: [{ key: 'ukuran', value: 'Jumlah' }] }, 'patch')).toEqual({
      title: 'Baru',
      measure: 'Jumlah',
      extras: [],
    });
  });

  it("reports every bad field with CKAN's names and words", () => {
    expect(fieldsOf(() => packageInputOf({ name: 'Bad Name!', frekuensi: 'kadang', tahun_awal: '19', tags: 'x', extras: {} }, 'create'))).toEqual({
      name: ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'],
      owner_org: ['Missing value: the organization (produsen data) that owns the dataset'],
      extras: ['Must be a list of {"key": ..., "value": ...}'],
      frekuensi: [expect.stringContaining('Must be one of')],
      tahun_awal: ['Must be a year YYYY'],
    });
    expect(fieldsOf(() => packageInputOf({ owner_org: 'x' }, 'create'))).toEqual({ name: ['Missing value'] });
    expect(fieldsOf(() => packageInputOf({ name: 'x', owner_org: 'x' }, 'create')).name).toEqual(['Must be at least 2 characters long']);
  });

  it('defaults what a plain CKAN client does not know: no schedule, open access', () => {
    expect(withCreateDefaults({ name: 'ab' })).toMatchObject({ frequency: 'ad_hoc', accessLevel: 'terbuka' });
    expect(withCreateDefaults({ name: 'ab', frequency: 'bulanan', accessLevel: 'tertutup' })).toMatchObject({ frequency: 'bulanan', accessLevel: 'tertutup' });
  });
});

describe('names', () => {
  it('turns our field names into the CKAN parameters a client sent', () => {
    expect(ckanFieldName('producer')).toBe('owner_org');
    expect(ckanFieldName('licenseId')).toBe('license_id');
    expect(ckanFieldName('contact.email')).toBe('maintainer_email');
    expect(ckanFieldName('region.code')).toBe('kode_wilayah');
    expect(ckanFieldName('frequency')).toBe('frekuensi');
    expect(ckanFieldName('tags.2')).toBe('tags');
    expect(ckanFieldName('/title')).toBe('title');
    expect(ckanFieldName('fq')).toBe('fq');
  });

  it('reads frequencies as codes, Indonesian labels, English words and EU codes or URIs', () => {
    expect(frequencyOf('bulanan')).toBe('bulanan');
    expect(frequencyOf('Dua Tahunan')).toBe('dua_tahunan');
    expect(frequencyOf('Ad-hoc')).toBe('ad_hoc');
    expect(frequencyOf('quarterly')).toBe('triwulanan');
    expect(frequencyOf('http://publications.europa.eu/resource/authority/frequency/ANNUAL_2')).toBe('semesteran');
    expect(frequencyOf('sometimes')).toBeUndefined();
  });
});
