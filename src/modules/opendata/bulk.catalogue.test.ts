import { describe, expect, it } from 'vitest';
import { accessOf, frequencyOf, readCatalogue } from './bulk.catalogue.js';

const row = (n: number, cells: Record<string, string>) => ({
  row: n,
  cells: { nama: 'penduduk-2025', judul: 'Penduduk 2025', produsen: 'dispendukcapil', lisensi: 'CC-BY-4.0', frekuensi: 'Tahunan', akses: 'Terbuka', ...cells },
});

describe('reading the catalogue sheet', () => {
  it('reads the frequency and access in the words of Indonesian portals', () => {
    expect(frequencyOf('Empat Bulanan')).toBe('empat_bulanan');
    expect(frequencyOf('empat_bulanan')).toBe('empat_bulanan');
    expect(frequencyOf('Ad-hoc')).toBe('ad_hoc');
    expect(frequencyOf('  DUA TAHUNAN ')).toBe('dua_tahunan');
    expect(frequencyOf('kadang-kadang')).toBeNull();
    expect(accessOf('Terbatas')).toBe('terbatas');
    expect(accessOf('publik')).toBeNull();
  });

  it('turns a row into a dataset with its tags, topics, region, period and data', () => {
    const { items, problems } = readCatalogue([
      row(2, {
        tag: 'penduduk; kecamatan, ',
        grup: 'Kependudukan',
        kode_wilayah: '3573',
        cakupan_wilayah: 'Kota Malang',
        tanggal_mulai: '2025-01-01',
        tanggal_selesai: '2025-12-31',
        berkas: 'Penduduk 2025',
        satuan: 'jiwa',
      }),
    ]);
    expect(problems).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]?.input).toMatchObject({
      name: 'penduduk-2025',
      tags: ['penduduk', 'kecamatan'],
      groups: ['kependudukan'],
      region: { code: '3573', name: 'Kota Malang' },
      frequency: 'tahunan',
      accessLevel: 'terbuka',
      unit: 'jiwa',
    });
    expect(items[0]?.resource).toEqual({ name: 'Penduduk 2025', file: 'Penduduk 2025', url: null });
  });

  it('names every problem by its row and header, and a name used twice by both rows', () => {
    const { items, problems } = readCatalogue([
      row(2, { nama: 'Penduduk 2025!', frekuensi: 'kadang', lisensi: 'bebas', kontak_nama: 'Bidang Data', kontak_email: 'bukan-email' }),
      row(3, { nama: 'sekolah', akses: '' }),
      row(4, { nama: 'rs', berkas: 'rs.csv', tautan: 'https://example.org/rs.csv' }),
      row(5, { nama: 'sekolah' }),
    ]);
    const where = problems.map((p) => `${p.row}:${p.column}`);
    expect(where).toEqual(expect.arrayContaining(['2:nama', '2:frekuensi', '2:lisensi', '2:kontak_email', '3:akses', '4:tautan']));
    expect(problems.find((p) => p.row === 2 && p.column === 'frekuensi')?.message.id).toContain('"kadang"');
    expect(problems.find((p) => p.row === 3 && p.column === 'akses')?.message.id).toBe('wajib diisi');
    // Row 3 was refused, so row 5 is the first "sekolah" that counts.
    expect(items.map((i) => i.input.name)).toEqual(['sekolah']);
    expect(items[0]?.row).toBe(5);
  });

  it('refuses the second row that names an accepted dataset again', () => {
    const { items, problems } = readCatalogue([row(2, {}), row(7, {})]);
    expect(items).toHaveLength(1);
    expect(problems).toEqual([{ row: 7, column: 'nama', message: expect.objectContaining({ id: 'nama "penduduk-2025" sudah dipakai di baris 2' }) }]);
  });
});
