import { describe, expect, it } from 'vitest';
import { emptyDraft, inputOf, slugOf } from './datasetDraft';

describe('slugOf', () => {
  it('makes a CKAN name from a title: lower case, hyphens, no accents, at most 100 characters', () => {
    expect(slugOf('Jumlah Penduduk menurut Kecamatan & Jenis Kelamin (2024)')).toBe('jumlah-penduduk-menurut-kecamatan-jenis-kelamin-2024');
    expect(slugOf('Café Ijen')).toBe('cafe-ijen');
    const long = slugOf('data '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('inputOf', () => {
  it('sends blanks as "none", tags once each, and drops empty extras', () => {
    const input = inputOf({
      ...emptyDraft('dispendukcapil', 'CC-BY-4.0'),
      name: ' penduduk ',
      title: ' Penduduk ',
      tags: 'penduduk, gender, , penduduk',
      extras: [
        { key: 'sumber', value: 'SIAK' },
        { key: ' ', value: '' },
      ],
    });
    expect(input.name).toBe('penduduk');
    expect(input.title).toBe('Penduduk');
    expect(input.tags).toEqual(['penduduk', 'gender']);
    expect(input.extras).toEqual([{ key: 'sumber', value: 'SIAK' }]);
    expect(input.contact).toBeNull();
    expect(input.region).toBeNull();
    expect(input.temporalStart).toBeNull();
  });

  it('sends a contact or a region as soon as half of it is filled, so the server can say what is missing', () => {
    const input = inputOf({ ...emptyDraft(), contactEmail: 'piak@malangkota.go.id', regionCode: '3573' });
    expect(input.contact).toEqual({ name: '', email: 'piak@malangkota.go.id' });
    expect(input.region).toEqual({ code: '3573', name: '' });
  });
});
