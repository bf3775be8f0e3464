import { describe, expect, it } from 'vitest';
import { geometryBbox, isFeatureCollection, type KnownKelurahan, matchBoundaries, normaliseName } from './boundaries.import.js';
import { KECAMATAN } from './reference-data.js';

const known: KnownKelurahan[] = KECAMATAN.flatMap((kec) =>
  kec.kelurahan.map((kel) => ({ id: `${kec.name}/${kel.name}`, name: kel.name, kecamatanName: kec.name })),
);
const malang = { minLat: -8.05, minLon: 112.57, maxLat: -7.9, maxLon: 112.7 };

function square(lat: number, lon: number, half = 0.002): number[][][] {
  return [
    [
      [lon - half, lat - half],
      [lon + half, lat - half],
      [lon + half, lat + half],
      [lon - half, lat + half],
      [lon - half, lat - half],
    ],
  ];
}

function feature(properties: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: square(-7.98, 112.63) }) {
  return { type: 'Feature', properties, geometry };
}

describe('normaliseName', () => {
  it('gives every spelling of Oro-oro Dowo one key', () => {
    const key = normaliseName('Oro-oro Dowo');
    for (const spelling of [
      'Oro-Oro Dowo',
      'ORO ORO DOWO',
      'Orooro Dowo',
      'Kelurahan Oro-oro Dowo',
      'Kel. Oro-Oro Dowo',
      'KEL.ORO-ORO DOWO',
      ' oro oro dowo ',
    ]) {
      expect(normaliseName(spelling), spelling).toBe(key);
    }
  });

  it('joins names the file writes as two words', () => {
    expect(normaliseName('Bakalan Krajan')).toBe(normaliseName('Bakalankrajan'));
    expect(normaliseName('Pisang Candi')).toBe(normaliseName('Pisangcandi'));
    expect(normaliseName('Desa Rampal-Celaket')).toBe(normaliseName('Rampal Celaket'));
  });

  it('keeps the 57 kelurahan of Malang apart', () => {
    expect(new Set(known.map((k) => normaliseName(k.name))).size).toBe(57);
  });

  it('does not strip a name that merely starts with the letters of a prefix', () => {
    expect(normaliseName('Kelapa Dua')).toBe('kelapadua');
    expect(normaliseName('Desari')).toBe('desari');
    expect(normaliseName('Kel Kesatrian')).toBe(normaliseName('Kesatrian'));
  });
});

describe('matchBoundaries', () => {
  it('matches features by the first name property it finds and reports one it does not know', () => {
    const report = matchBoundaries(
      [feature({ KELURAHAN: 'ORO ORO DOWO' }), feature({ NAMOBJ: 'Bakalan Krajan' }), feature({ name: 'Pisang Candi' }), feature({ nama: 'Kampung Biru' })],
      known,
    );
    expect(report.matched.map((m) => [m.index, m.kelurahanId, m.nameInFile])).toEqual([
      [0, 'Klojen/Oro-oro Dowo', 'ORO ORO DOWO'],
      [1, 'Sukun/Bakalankrajan', 'Bakalan Krajan'],
      [2, 'Sukun/Pisangcandi', 'Pisang Candi'],
    ]);
    expect(report.unmatched).toEqual([expect.objectContaining({ index: 3, name: 'Kampung Biru', reason: 'unknown_name' })]);
    expect(report.unmatched[0].detail.id).toContain('Kampung Biru');
    expect(report.boundaries).toHaveLength(3);
  });

  it('reports a feature without any name property and says which properties it looked for', () => {
    const report = matchBoundaries([feature({ OBJECTID: 7 })], known);
    expect(report.unmatched[0]).toMatchObject({ index: 0, name: null, reason: 'no_name' });
    expect(report.unmatched[0].detail.en).toContain('WADMKD');
  });

  it('takes Blimbing in a kelurahan layer (BIG style, with WADMKD) as the kelurahan', () => {
    const report = matchBoundaries(
      [feature({ NAMOBJ: 'Blimbing', WADMKD: 'Blimbing', WADMKC: 'Blimbing' }), feature({ NAMOBJ: 'Polehan', WADMKD: 'Polehan', WADMKC: 'Blimbing' })],
      known,
    );
    expect(report.matched.map((m) => m.kelurahanId)).toEqual(['Blimbing/Blimbing', 'Blimbing/Polehan']);
    expect(report.unmatched).toEqual([]);
  });

  it('takes Blimbing in a kecamatan layer as the kecamatan, and stores nothing for the kelurahan of that name', () => {
    const kecamatanLayer = ['Blimbing', 'Klojen', 'Sukun', 'Lowokwaru', 'Kedungkandang'].map((name) => feature({ NAMOBJ: name, WADMKC: name }));
    const report = matchBoundaries(kecamatanLayer, known);
    expect(report.matched).toEqual([]);
    expect(report.unmatched.map((u) => u.reason)).toEqual(Array(5).fill('kecamatan_feature'));
    expect(report.unmatched[0].detail.en).toContain('kecamatan boundary');
  });

  it('takes a feature named "Kecamatan Sukun", or one with a kecamatan-level code, as the kecamatan', () => {
    const report = matchBoundaries(
      [feature({ name: 'Kecamatan Sukun' }), feature({ name: 'Sukun', KDEPUM: '35.73.04' }), feature({ name: 'Tanjungrejo' })],
      known,
    );
    expect(report.unmatched.map((u) => [u.index, u.reason])).toEqual([
      [0, 'kecamatan_feature'],
      [1, 'kecamatan_feature'],
    ]);
    expect(report.matched.map((m) => m.kelurahanId)).toEqual(['Sukun/Tanjungrejo']);
  });

  it('takes the kelurahan Sukun when the file says it is a kelurahan in kecamatan Sukun', () => {
    const report = matchBoundaries([feature({ kelurahan: 'Sukun', kecamatan: 'Kec. Sukun' })], known);
    expect(report.matched.map((m) => m.kelurahanId)).toEqual(['Sukun/Sukun']);
  });

  it('refuses a name placed in the wrong kecamatan rather than guessing', () => {
    const report = matchBoundaries([feature({ kelurahan: 'Kauman', kecamatan: 'Blimbing' })], known);
    expect(report.matched).toEqual([]);
    expect(report.unmatched[0]).toMatchObject({ reason: 'kecamatan_mismatch' });
    expect(report.unmatched[0].detail.en).toContain('Klojen');
  });

  it('asks for the kecamatan when two kelurahan share a name', () => {
    const twoKaumans: KnownKelurahan[] = [...known, { id: 'Sukun/Kauman', name: 'Kauman', kecamatanName: 'Sukun' }];
    expect(matchBoundaries([feature({ kelurahan: 'Kauman' })], twoKaumans).unmatched[0].reason).toBe('ambiguous');
    expect(matchBoundaries([feature({ kelurahan: 'Kauman', KECAMATAN: 'SUKUN' })], twoKaumans).matched[0].kelurahanId).toBe('Sukun/Kauman');
  });

  it('keeps a MultiPolygon and computes its box over every part', () => {
    const geometry = { type: 'MultiPolygon', coordinates: [square(-7.99, 112.6), square(-7.96, 112.62)] };
    const report = matchBoundaries([feature({ kelurahan: 'Kasin' }, geometry)], known);
    expect(report.boundaries[0].geometry.type).toBe('MultiPolygon');
    expect(report.boundaries[0].bbox).toEqual({ minLat: -7.992, minLon: 112.598, maxLat: -7.958, maxLon: 112.622 });
  });

  it('rejects features whose geometry cannot be a kelurahan boundary, each with its reason', () => {
    const report = matchBoundaries(
      [
        feature({ kelurahan: 'Kasin' }, { type: 'Point', coordinates: [112.63, -7.98] }),
        feature({ kelurahan: 'Bareng' }, null),
        feature(
          { kelurahan: 'Samaan' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [-7.98, 112.63],
                [-7.97, 112.63],
                [-7.97, 112.64],
                [-7.98, 112.63],
              ],
            ],
          },
        ),
        feature(
          { kelurahan: 'Klojen' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [112.63, -7.98],
                [112.64, '-7.98'],
                [112.64, -7.97],
                [112.63, -7.98],
              ],
            ],
          },
        ),
        feature(
          { kelurahan: 'Kauman' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [112.63, -7.98],
                [112.64, -7.98],
                [112.63, -7.98],
              ],
            ],
          },
        ),
        feature({ kelurahan: 'Tlogomas' }, { type: 'Polygon', coordinates: square(-7.25, 112.75) }),
        { type: 'Point' },
      ],
      known,
      { cityBbox: malang },
    );
    expect(report.matched).toEqual([]);
    expect(report.rejected.map((r) => [r.index, r.name, r.reason])).toEqual([
      [0, 'Kasin', 'geometry_type'],
      [1, 'Bareng', 'no_geometry'],
      [2, 'Samaan', 'bad_coordinates'],
      [3, 'Klojen', 'bad_coordinates'],
      [4, 'Kauman', 'bad_coordinates'],
      [5, 'Tlogomas', 'outside_city'],
      [6, null, 'not_a_feature'],
    ]);
    expect(report.rejected[2].detail.en).toContain('[longitude, latitude]');
  });

  it('closes a ring the file left open and drops heights', () => {
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [112.63, -7.98, 450],
          [112.64, -7.98, 451],
          [112.64, -7.97, 452],
          [112.63, -7.97, 449],
        ],
      ],
    };
    const [boundary] = matchBoundaries([feature({ kelurahan: 'Kasin' }, open)], known).boundaries;
    expect(boundary.geometry.coordinates).toEqual([
      [
        [112.63, -7.98],
        [112.64, -7.98],
        [112.64, -7.97],
        [112.63, -7.97],
        [112.63, -7.98],
      ],
    ]);
  });

  it('reports two features for one kelurahan and keeps both parts as its boundary', () => {
    const report = matchBoundaries(
      [
        feature({ kelurahan: 'Jodipan' }, { type: 'Polygon', coordinates: square(-7.99, 112.64) }),
        feature({ kelurahan: 'JODIPAN' }, { type: 'Polygon', coordinates: square(-7.98, 112.64) }),
      ],
      known,
    );
    expect(report.duplicates).toEqual([{ kelurahanId: 'Blimbing/Jodipan', name: 'Jodipan', indexes: [0, 1] }]);
    expect(report.boundaries).toHaveLength(1);
    expect(report.boundaries[0].geometry).toMatchObject({ type: 'MultiPolygon' });
    expect(report.boundaries[0].geometry.coordinates).toHaveLength(2);
  });

  it('reads codes with their system named, and invents none', () => {
    const report = matchBoundaries(
      [
        feature({ WADMKD: 'Tunggulwulung', KDEPUM: '35.73.05.1001', KDBBPS: '3573050001' }),
        feature({ kelurahan: 'Tlogomas', kode: 3573050005 }),
        feature({ kelurahan: 'Dinoyo', KDEPUM: '3573051004' }),
        feature({ kelurahan: 'Merjosari', kode: 'LWK-07' }),
        feature({ kelurahan: 'Tasikmadu' }),
      ],
      known,
    );
    expect(report.matched.map((m) => [m.name, m.codes])).toEqual([
      [
        'Tunggulwulung',
        [
          { system: 'kemendagri', code: '35.73.05.1001' },
          { system: 'bps', code: '3573050001' },
        ],
      ],
      ['Tlogomas', [{ system: 'bps', code: '3573050005' }]],
      ['Dinoyo', [{ system: 'kemendagri', code: '35.73.05.1004' }]],
      ['Merjosari', []],
      ['Tasikmadu', []],
    ]);
  });

  it('saves no code that the file gives to two kelurahan', () => {
    const report = matchBoundaries([feature({ kelurahan: 'Kasin', KDBBPS: '3573020003' }), feature({ kelurahan: 'Kauman', KDBBPS: '3573020003' })], known);
    expect(report.codeConflicts).toEqual([{ system: 'bps', code: '3573020003', names: ['Kasin', 'Kauman'] }]);
    expect(report.boundaries.flatMap((b) => b.codes)).toEqual([]);
  });
});

describe('geometryBbox and isFeatureCollection', () => {
  it('boxes a polygon over all its corners, whatever their order', () => {
    const notch = [
      [
        [112.62, -7.99],
        [112.64, -7.99],
        [112.63, -7.98],
        [112.64, -7.97],
        [112.62, -7.97],
        [112.62, -7.99],
      ],
    ];
    expect(geometryBbox({ type: 'Polygon', coordinates: notch })).toEqual({ minLat: -7.99, minLon: 112.62, maxLat: -7.97, maxLon: 112.64 });
  });

  it('knows a FeatureCollection from a lone Feature or a list', () => {
    expect(isFeatureCollection({ type: 'FeatureCollection', features: [] })).toBe(true);
    expect(isFeatureCollection(feature({ kelurahan: 'Kasin' }))).toBe(false);
    expect(isFeatureCollection([feature({ kelurahan: 'Kasin' })])).toBe(false);
    expect(isFeatureCollection({ type: 'FeatureCollection' })).toBe(false);
  });
});
