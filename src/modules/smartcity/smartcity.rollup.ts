/**
 * Progress of the smart city roadmap, from the item up to the city.
 *
 * An item's progress is the weight of its done milestones over the weight of all its milestones
 * (0 when it has none: an item without milestones has shown no progress). Every level above it —
 * element, dimension, OPD, programme and the city — is the plain mean of the DISTINCT items under
 * it. Each item belongs to exactly one element, one dimension and one OPD (and at most one
 * programme), so no item is counted twice anywhere, and a level is never a mean of means: a
 * dimension whose elements hold 1 and 3 items is the mean of its 4 items, not of its 2 elements,
 * and the city is the mean of all its items, whichever way they are grouped.
 *
 * Pure arithmetic; the figures are fractions 0..1 here, shown as percentages by the caller.
 */

export interface RollupMilestone {
  weight: number;
  done: boolean;
}

export interface RollupItem {
  id: string;
  opdId: string;
  dimension: string;
  element: string;
  programmeId: string | null;
  milestones: readonly RollupMilestone[];
}

/** A level's share: the mean progress of its items (null when it has none) and how many they are. */
export interface Share {
  progress: number | null;
  items: number;
}

export interface Rollup {
  city: Share;
  /** By dimension code, then by element code. */
  dimensions: Map<string, Share & { elements: Map<string, Share> }>;
  opds: Map<string, Share>;
  programmes: Map<string, Share>;
}

/** Done weight over total weight, 0..1; 0 without milestones. */
export function itemProgress(milestones: readonly RollupMilestone[]): number {
  const total = milestones.reduce((sum, m) => sum + m.weight, 0);
  if (total <= 0) return 0;
  return milestones.reduce((sum, m) => sum + (m.done ? m.weight : 0), 0) / total;
}

/** The mean of distinct items' progress: items are keyed by id, so one listed twice counts once. */
function share(progress: ReadonlyMap<string, number>): Share {
  if (progress.size === 0) return { progress: null, items: 0 };
  let sum = 0;
  for (const value of progress.values()) sum += value;
  return { progress: sum / progress.size, items: progress.size };
}

/** Groups item ids by a key, keeping each item's progress once per group. */
function groupBy(items: readonly RollupItem[], progress: ReadonlyMap<string, number>, key: (item: RollupItem) => string | null): Map<string, Share> {
  const groups = new Map<string, Map<string, number>>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k) ?? new Map<string, number>();
    group.set(item.id, progress.get(item.id) as number);
    groups.set(k, group);
  }
  return new Map([...groups].map(([k, group]) => [k, share(group)]));
}

/**
 * Rolls the items up. `structure` lists the dimensions and their elements so that those without
 * items appear too (progress null, 0 items).
 */
export function rollUp(items: readonly RollupItem[], structure: ReadonlyArray<{ code: string; elements: readonly string[] }> = []): Rollup {
  const progress = new Map(items.map((item) => [item.id, itemProgress(item.milestones)]));
  const byDimension = groupBy(items, progress, (i) => i.dimension);
  const byElement = groupBy(items, progress, (i) => `${i.dimension}/${i.element}`);
  const dimensions: Rollup['dimensions'] = new Map();
  const codes = [...structure.map((d) => d.code), ...[...byDimension.keys()].filter((c) => !structure.some((d) => d.code === c))];
  for (const code of codes) {
    const listed = structure.find((d) => d.code === code)?.elements ?? [];
    const present = items.filter((i) => i.dimension === code).map((i) => i.element);
    const elements = new Map<string, Share>();
    for (const element of new Set([...listed, ...present])) elements.set(element, byElement.get(`${code}/${element}`) ?? { progress: null, items: 0 });
    dimensions.set(code, { ...(byDimension.get(code) ?? { progress: null, items: 0 }), elements });
  }
  return {
    city: share(progress),
    dimensions,
    opds: groupBy(items, progress, (i) => i.opdId),
    programmes: groupBy(items, progress, (i) => i.programmeId),
  };
}

/** A fraction 0..1 as a percentage to one decimal, as the API shows progress. */
export function percent(fraction: number): number;
export function percent(fraction: number | null): number | null;
export function percent(fraction: number | null): number | null {
  return fraction === null ? null : Math.round(fraction * 1000) / 10;
}
