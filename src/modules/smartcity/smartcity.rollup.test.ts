import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemProgress, percent, type RollupItem, rollUp } from './smartcity.rollup.js';

const done = (weight = 1) => ({ weight, done: true });
const open = (weight = 1) => ({ weight, done: false });

let next = 0;
const item = (fields: Partial<RollupItem> & Pick<RollupItem, 'milestones'>): RollupItem => ({
  id: `item-${++next}`,
  opdId: 'dinkes',
  dimension: 'living',
  element: 'kesehatan',
  programmeId: null,
  ...fields,
});

describe('an item\u2019s progress', () => {
  it('is the done milestones\u2019 weight over all milestones\u2019 weight', () => {
    expect(itemProgress([done(2), open(1), open(1)])).toBe(0.5);
    expect(itemProgress([done(1), open(3)])).toBe(0.25);
    expect(itemProgress([done(), done()])).toBe(1);
  });

  it('is 0 without milestones', () => {
    expect(itemProgress([])).toBe(0);
  });

  it('shows as a percentage to one decimal', () => {
    expect(percent(itemProgress([done(), open(), open()]))).toBe(33.3);
    expect(percent(2 / 3)).toBe(66.7);
    expect(percent(null)).toBeNull();
  });
});

describe('the roll-up', () => {
  it('makes an element the mean of its items', () => {
    const up = rollUp([item({ milestones: [done()] }), item({ milestones: [open()] }), item({ milestones: [done(), open()] })]);
    // (1 + 0 + 0.5) / 3
    expect(up.dimensions.get('living')?.elements.get('kesehatan')).toEqual({ progress: 0.5, items: 3 });
  });

  it('weighs a dimension by items, not by elements', () => {
    // Kesehatan: one item at 100%. Transportasi: three items at 0%.
    const items = [
      item({ element: 'kesehatan', milestones: [done()] }),
      item({ element: 'transportasi', milestones: [open()] }),
      item({ element: 'transportasi', milestones: [open()] }),
      item({ element: 'transportasi', milestones: [open()] }),
    ];
    const living = rollUp(items).dimensions.get('living');
    expect(living?.elements.get('kesehatan')?.progress).toBe(1);
    expect(living?.elements.get('transportasi')?.progress).toBe(0);
    // The mean of four items is 25%; the mean of the two elements would have been 50%.
    expect(living).toMatchObject({ progress: 0.25, items: 4 });
  });

  it('counts an item once even when it is listed twice', () => {
    const twice = item({ milestones: [done()] });
    const other = item({ milestones: [open()] });
    const up = rollUp([twice, twice, other]);
    expect(up.city).toEqual({ progress: 0.5, items: 2 });
    expect(up.opds.get('dinkes')).toEqual({ progress: 0.5, items: 2 });
    expect(up.dimensions.get('living')?.elements.get('kesehatan')).toEqual({ progress: 0.5, items: 2 });
  });

  it('makes an OPD the mean of its own items across dimensions, and the city the mean of all items', () => {
    const items = [
      item({ opdId: 'dinkes', dimension: 'living', element: 'kesehatan', milestones: [done()] }),
      item({ opdId: 'dinkes', dimension: 'society', element: 'komunitas', milestones: [done(), open()] }),
      item({ opdId: 'dishub', dimension: 'living', element: 'transportasi', milestones: [] }),
      item({ opdId: 'dishub', dimension: 'living', element: 'transportasi', programmeId: 'qw-1', milestones: [done(1), open(3)] }),
    ];
    const up = rollUp(items);
    expect(up.opds.get('dinkes')).toEqual({ progress: 0.75, items: 2 });
    expect(up.opds.get('dishub')).toEqual({ progress: 0.125, items: 2 });
    // (1 + 0.5 + 0 + 0.25) / 4, the same as the mean of the two OPDs here only because each has two items.
    expect(up.city).toEqual({ progress: 0.4375, items: 4 });
    expect(up.programmes.get('qw-1')).toEqual({ progress: 0.25, items: 1 });
    expect(up.dimensions.get('living')).toMatchObject({ progress: 1.25 / 3, items: 3 });
  });

  it('lists the dimensions and elements it is given even without items', () => {
    const up = rollUp(
      [item({ milestones: [done()] })],
      [
        { code: 'governance', elements: ['pelayanan', 'birokrasi', 'kebijakan'] },
        { code: 'living', elements: ['harmonisasi_tata_ruang', 'kesehatan', 'transportasi'] },
      ],
    );
    expect([...up.dimensions.keys()]).toEqual(['governance', 'living']);
    expect(up.dimensions.get('governance')).toMatchObject({ progress: null, items: 0 });
    expect(up.dimensions.get('governance')?.elements.get('pelayanan')).toEqual({ progress: null, items: 0 });
    expect(up.dimensions.get('living')?.elements.get('kesehatan')).toEqual({ progress: 1, items: 1 });
    expect(rollUp([]).city).toEqual({ progress: null, items: 0 });
  });

  it('gives the city the same figure whichever grouping it is summed through', () => {
    const milestone = fc.record({ weight: fc.integer({ min: 1, max: 5 }), done: fc.boolean() });
    const anItem = fc.record({
      opdId: fc.constantFrom('a', 'b', 'c'),
      dimension: fc.constantFrom('living', 'society'),
      element: fc.constantFrom('x', 'y'),
      milestones: fc.array(milestone, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(anItem, { minLength: 1, maxLength: 20 }), (raw) => {
        const items = raw.map((r, i) => ({ ...r, id: `i${i}`, element: `${r.dimension}-${r.element}`, programmeId: null }));
        const up = rollUp(items);
        const weighted = (shares: Iterable<{ progress: number | null; items: number }>) => {
          let sum = 0;
          let count = 0;
          for (const s of shares) {
            sum += (s.progress ?? 0) * s.items;
            count += s.items;
          }
          return { sum, count };
        };
        const viaOpds = weighted(up.opds.values());
        const viaDimensions = weighted(up.dimensions.values());
        const city = up.city.progress as number;
        return (
          viaOpds.count === items.length &&
          viaDimensions.count === items.length &&
          Math.abs(viaOpds.sum / viaOpds.count - city) < 1e-9 &&
          Math.abs(viaDimensions.sum / viaDimensions.count - city) < 1e-9
        );
      }),
    );
  });
});
