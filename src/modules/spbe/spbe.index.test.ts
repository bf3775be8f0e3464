import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { defineFramework, type FrameworkInput, frameworkInput } from './framework.definition.js';
import { PERMENPANRB_5_2018 } from './frameworks/permenpanrb-5-2018.js';
import { PERMENPANRB_59_2020 } from './frameworks/permenpanrb-59-2020.js';
import { countedLevel, gapAnalysis, simulate, spbeIndex } from './spbe.index.js';

const framework = defineFramework(PERMENPANRB_59_2020);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every indicator at `base`, the listed ones one level higher. */
function levels(base: number, raised: number[] = []): Map<number, number> {
  return new Map(framework.indicators.map((i) => [i.number, raised.includes(i.number) ? base + 1 : base]));
}

describe('the shipped PermenPANRB 59/2020 framework', () => {
  it('has 4 domains, 8 aspects and 47 indicators weighing 13, 25, 16.5 and 45.5 percent', () => {
    expect(framework.domains.map((d) => [d.name, d.weight / 100])).toEqual([
      ['Kebijakan Internal SPBE', 13],
      ['Tata Kelola SPBE', 25],
      ['Manajemen SPBE', 16.5],
      ['Layanan SPBE', 45.5],
    ]);
    expect(framework.aspects).toHaveLength(8);
    expect(framework.indicators.map((i) => i.number)).toEqual(range(1, 47));
    expect(framework.indicators.find((i) => i.number === 42)?.name).toBe('Tingkat Kematangan Layanan Pengaduan Pelayanan Publik');
    expect(framework.indicators.find((i) => i.number === 43)?.weight).toBe(300);
    expect(framework.indicators.every((i) => i.levels.length === 5 && new Set(i.levels).size === 5)).toBe(true);
  });

  it('comes back unchanged through its input form, as the export and import carry it', () => {
    expect(defineFramework(frameworkInput(framework))).toEqual(framework);
  });

  it('ships PermenPANRB 5/2018 too: 3 domains, 7 aspects, 35 indicators weighing 17, 28 and 55 percent', () => {
    const old = defineFramework(PERMENPANRB_5_2018);
    expect(old.domains.map((d) => d.weight / 100)).toEqual([17, 28, 55]);
    expect(old.aspects.map((a) => a.indicators.length)).toEqual([7, 10, 2, 2, 3, 7, 4]);
    expect(old.indicators).toHaveLength(35);
  });
});

describe('the index', () => {
  it('is 1.00 with every indicator at level 1 and 5.00 with every one at level 5', () => {
    const ones = spbeIndex(framework, levels(1));
    expect(ones.total).toBe(1);
    expect(ones.predicate.label).toBe('Kurang');
    expect(ones.domains.map((d) => d.index)).toEqual([1, 1, 1, 1]);
    const fives = spbeIndex(framework, levels(5));
    expect(fives.total).toBe(5);
    expect(fives.predicate.label).toBe('Memuaskan');
    expect(fives.aspects.every((a) => a.index === 5)).toBe(true);
  });

  it('weighs each indicator by its share: one service indicator at 3 among ones adds 2 x 3 %', () => {
    const result = spbeIndex(framework, new Map([...levels(1), [42, 3]]));
    expect(result.total).toBe(1.06);
    // The aspect Layanan Publik (18 %): (3 x 3 + 5 x 3) / 18 = 1.33.
    expect(result.aspects.find((a) => a.number === 8)?.index).toBe(1.33);
    // The domain Layanan (45.5 %): (45.5 + 2 x 3) / 45.5 = 1.13.
    expect(result.domains.find((d) => d.number === 4)?.index).toBe(1.13);
  });

  it('mixes domains: policies at 3 and the rest at 2 give 2.13, Cukup', () => {
    const result = spbeIndex(framework, levels(2, range(1, 10)));
    expect(result.total).toBe(2.13);
    expect(result.predicate.label).toBe('Cukup');
    expect(result.domains.map((d) => d.index)).toEqual([3, 2, 2, 2]);
  });

  it('counts an indicator with no level as 0 and says how many are filled', () => {
    const partial = new Map([...levels(4)].filter(([n]) => n <= 10));
    const result = spbeIndex(framework, partial);
    expect(result.filled).toBe(10);
    expect(result.indicators).toBe(47);
    expect(result.total).toBe(0.52);
  });

  it('puts the predicate boundaries 1.8, 2.6, 3.5 and 4.2 in the higher band', () => {
    // 1.80: all at 1, with 80 % (domains 1, 3, 4 and indicators 11-12) one level up.
    const cukup = [...range(1, 10), 11, 12, ...range(21, 47)];
    expect(spbeIndex(framework, levels(1, cukup))).toMatchObject({ total: 1.8, predicate: { label: 'Cukup' } });
    expect(
      spbeIndex(
        framework,
        levels(
          1,
          cukup.filter((n) => n !== 1),
        ),
      ),
    ).toMatchObject({ total: 1.79, predicate: { label: 'Kurang' } });
    // 2.60: all at 2, with 60 % (domains 1 and 4, indicator 21) one level up.
    const baik = [...range(1, 10), 21, ...range(32, 47)];
    expect(spbeIndex(framework, levels(2, baik))).toMatchObject({ total: 2.6, predicate: { label: 'Baik' } });
    expect(
      spbeIndex(
        framework,
        levels(
          2,
          baik.filter((n) => n !== 21),
        ),
      ),
    ).toMatchObject({ total: 2.59, predicate: { label: 'Cukup' } });
    // 3.50: all at 3, with 50 % (domain 4, indicators 21-23) one level up.
    const sangatBaik = [21, 22, 23, ...range(32, 47)];
    expect(spbeIndex(framework, levels(3, sangatBaik))).toMatchObject({ total: 3.5, predicate: { label: 'Sangat Baik' } });
    expect(
      spbeIndex(
        framework,
        levels(
          3,
          sangatBaik.filter((n) => n !== 23),
        ),
      ),
    ).toMatchObject({ total: 3.49, predicate: { label: 'Baik' } });
    // 4.20: all at 4, with 20 % (domain 1, indicators 29-31 and 11) one level up.
    const memuaskan = [...range(1, 10), 11, 29, 30, 31];
    expect(spbeIndex(framework, levels(4, memuaskan))).toMatchObject({ total: 4.2, predicate: { label: 'Memuaskan' } });
    expect(
      spbeIndex(
        framework,
        levels(
          4,
          memuaskan.filter((n) => n !== 29),
        ),
      ),
    ).toMatchObject({ total: 4.19, predicate: { label: 'Sangat Baik' } });
  });

  it('reads the predicate from the index as shown: 4.195 shows as 4.20 and is Memuaskan', () => {
    // At 4 with 19.5 % one level up: domain 1 (13 %), indicators 11 and 12 (5 %), indicator 21 (1.5 %).
    const result = spbeIndex(framework, levels(4, [...range(1, 10), 11, 12, 21]));
    expect(result.total).toBe(4.2);
    expect(result.predicate.label).toBe('Memuaskan');
  });

  it('reproduces a 2018 result under PermenPANRB 5/2018: level sums 35, 16 and 33 by domain give 2.64', () => {
    const old = defineFramework(PERMENPANRB_5_2018);
    // Kota Denpasar's 2018 domain means were 35/17, 16/7 and 33/11; any levels with those sums do.
    const sums = new Map([
      [1, 35],
      [2, 16],
      [3, 33],
    ]);
    const levelsByDomain = new Map<number, number>();
    for (const domain of old.domains) {
      const numbers = old.indicators.filter((i) => i.domainNumber === domain.number).map((i) => i.number);
      let left = sums.get(domain.number) as number;
      numbers.forEach((n, i) => {
        const level = Math.min(5, Math.ceil(left / (numbers.length - i)));
        levelsByDomain.set(n, level);
        left -= level;
      });
    }
    expect(spbeIndex(old, levelsByDomain)).toMatchObject({ total: 2.64, predicate: { label: 'Baik' } });
  });
});

describe('the level rule', () => {
  const met = (...levelsMet: number[]) => levelsMet.map((level) => ({ level, met: true }));

  it('counts consecutive levels from 1 that are met and have evidence', () => {
    expect(countedLevel(met(1, 2, 3), new Set([1, 2, 3]))).toBe(3);
    expect(countedLevel([], new Set())).toBe(0);
  });

  it('stops below a level that is not met: level 4 over an unmet level 3 gives 2', () => {
    expect(countedLevel(met(1, 2, 4, 5), new Set([1, 2, 3, 4, 5]))).toBe(2);
  });

  it('does not count a level claimed without evidence, nor any above it', () => {
    expect(countedLevel(met(1, 2, 3), new Set([1, 3]))).toBe(1);
    expect(countedLevel([...met(1), { level: 2, met: false }], new Set([1, 2]))).toBe(1);
  });
});

describe('gap analysis and what-if', () => {
  it('ranks the public-service indicators first: one level more there adds 0.03', () => {
    const gaps = gapAnalysis(framework, levels(2));
    expect(gaps).toHaveLength(47);
    expect(gaps.slice(0, 6).map((g) => g.number)).toEqual(range(42, 47));
    expect(gaps[0]).toMatchObject({ level: 2, nextLevel: 3, gain: 0.03, indexAfter: 2.03 });
    expect(gaps.at(-1)?.gain).toBe(0.013);
  });

  it('leaves out indicators already at 5 and prefers the lower level among equal gains', () => {
    const gaps = gapAnalysis(framework, new Map([...levels(5), [43, 4], [44, 1], [1, 3]]));
    expect(gaps.map((g) => [g.number, g.level])).toEqual([
      [44, 1],
      [43, 4],
      [1, 3],
    ]);
  });

  it('simulates changes without touching the levels it was given', () => {
    const now = levels(1);
    const { before, after } = simulate(framework, now, { 42: 5, 43: 5 });
    expect(before.total).toBe(1);
    expect(after.total).toBe(1.24);
    expect(now.get(42)).toBe(1);
  });
});

describe('checking a framework', () => {
  const broken = (change: (f: FrameworkInput) => void): AppError => {
    const input = structuredClone(PERMENPANRB_59_2020);
    change(input);
    try {
      defineFramework(input);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected the framework to be refused');
  };

  it('lists every problem at once, each with the field to fix', () => {
    const error = broken((f) => {
      f.domains[0].aspects[0].indicators[0].weight = 1.333;
      f.domains[1].aspects[0].indicators[1].number = 11;
      f.domains[3].aspects[1].indicators[0].scale = 'tidak-ada';
      f.domains[2].weight = 20;
    });
    expect(error.code).toBe('spbe.framework_invalid');
    expect(error.details.fields?.map((p) => p.field)).toEqual([
      'domains[0].aspects[0].indicators[0].weight',
      'domains[1].aspects[0].indicators[1].number',
      'domains[2].weight',
      'domains[3].aspects[1].indicators[0].scale',
      'domains',
    ]);
    expect(error.details.fields?.at(-1)?.message.id).toBe('bobot seluruh indikator berjumlah 100.03%, seharusnya 100%');
  });

  it('refuses predicates without a band that starts at 0', () => {
    const error = broken((f) => {
      f.predicates = f.predicates.filter((p) => p.min > 0);
    });
    expect(error.details.fields?.map((p) => p.field)).toEqual(['predicates']);
  });
});
