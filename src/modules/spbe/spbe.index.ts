/**
 * The SPBE index arithmetic (DOMAIN.md section 6), pure. An aspect's or domain's index is
 * sum(weight x level) over its indicators divided by its weight; the whole index is the sum over
 * every indicator divided by 100 %. Weights are whole hundredths of a percent, so every sum is
 * exact; an index is shown to two decimals and the predicate is read from that shown value, so
 * the badge never disagrees with the number beside it.
 */
import { type Framework, type Predicate, WHOLE } from './framework.definition.js';

/** Indicator number to level (0-5); an indicator with no level yet counts as 0 and as not filled. */
export type Levels = ReadonlyMap<number, number>;

export interface GroupIndex {
  number: number;
  name: string;
  /** Percent of the whole index. */
  weight: number;
  index: number;
}
export interface SpbeIndex {
  total: number;
  predicate: { code: string; label: string };
  domains: GroupIndex[];
  aspects: Array<GroupIndex & { domainNumber: number }>;
  filled: number;
  indicators: number;
}

/** x / y rounded half up to two decimals, from integers so that no float error creeps in. */
function twoDecimals(numerator: number, denominator: number): number {
  if (denominator === 0) return 0;
  return Math.round((numerator * 100) / denominator) / 100;
}

export function predicateOf(framework: Framework, index: number): Predicate {
  const hundredths = Math.round(index * 100);
  return framework.predicates.find((p) => hundredths >= p.min) ?? (framework.predicates.at(-1) as Predicate);
}

export function spbeIndex(framework: Framework, levels: Levels): SpbeIndex {
  const weighted = (numbers: number[]) =>
    numbers.reduce((sum, n) => {
      const indicator = framework.indicators.find((i) => i.number === n);
      return sum + (indicator?.weight ?? 0) * (levels.get(n) ?? 0);
    }, 0);
  const aspects = framework.aspects.map((a) => ({
    number: a.number,
    domainNumber: a.domainNumber,
    name: a.name,
    weight: a.weight / 100,
    index: twoDecimals(weighted(a.indicators), a.weight),
  }));
  const domains = framework.domains.map((d) => {
    const numbers = framework.aspects.filter((a) => a.domainNumber === d.number).flatMap((a) => a.indicators);
    return { number: d.number, name: d.name, weight: d.weight / 100, index: twoDecimals(weighted(numbers), d.weight) };
  });
  const total = twoDecimals(weighted(framework.indicators.map((i) => i.number)), WHOLE);
  const predicate = predicateOf(framework, total);
  return {
    total,
    predicate: { code: predicate.code, label: predicate.label },
    domains,
    aspects,
    filled: framework.indicators.filter((i) => levels.has(i.number)).length,
    indicators: framework.indicators.length,
  };
}

export interface LevelClaim {
  level: number;
  met: boolean;
}

/**
 * The level an indicator reaches: each level counts only when it is claimed as met, has evidence,
 * and the level below it counts. A level 4 claimed over an unmet level 3 therefore gives 2.
 */
export function countedLevel(claims: readonly LevelClaim[], evidencedLevels: ReadonlySet<number>): number {
  let reached = 0;
  for (let level = 1; level <= 5; level++) {
    const met = claims.some((c) => c.level === level && c.met);
    if (!met || !evidencedLevels.has(level)) break;
    reached = level;
  }
  return reached;
}

export interface Gap {
  number: number;
  name: string;
  level: number;
  nextLevel: number;
  /** How much the whole index rises with this one level more. */
  gain: number;
  indexAfter: number;
}

/** Every indicator below level 5, ranked by how much one level more would raise the index. */
export function gapAnalysis(framework: Framework, levels: Levels): Gap[] {
  const base = framework.indicators.reduce((sum, i) => sum + i.weight * (levels.get(i.number) ?? 0), 0);
  return framework.indicators
    .map((i) => ({ indicator: i, level: levels.get(i.number) ?? 0 }))
    .filter(({ level }) => level < 5)
    .map(({ indicator, level }) => ({
      number: indicator.number,
      name: indicator.name,
      level,
      nextLevel: level + 1,
      gain: indicator.weight / WHOLE,
      indexAfter: twoDecimals(base + indicator.weight, WHOLE),
    }))
    .sort((a, b) => b.gain - a.gain || a.level - b.level || a.number - b.number);
}

/** The index now and with some levels changed, nothing saved: the what-if simulator. */
export function simulate(framework: Framework, levels: Levels, changes: Readonly<Record<number, number>>): { before: SpbeIndex; after: SpbeIndex } {
  const changed = new Map(levels);
  for (const [number, level] of Object.entries(changes)) changed.set(Number(number), level);
  return { before: spbeIndex(framework, levels), after: spbeIndex(framework, changed) };
}
