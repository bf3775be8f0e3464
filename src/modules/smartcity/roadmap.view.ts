/** A roadmap item as the API shows it, with its progress computed from its milestones. */
import type { IndicatorRow, ItemRow, MilestoneRow } from './roadmap.repository.js';
import type { ItemView } from './roadmap.schemas.js';
import { itemProgress, percent, type RollupItem } from './smartcity.rollup.js';

export function itemView(row: ItemRow, milestones: MilestoneRow[], indicators: IndicatorRow[], opdName: string | null): ItemView {
  return {
    id: row.id,
    opdId: row.opd_id,
    opdName,
    programmeId: row.programme_id,
    title: row.title,
    description: row.description,
    dimension: row.dimension_code,
    element: row.element_code,
    horizon: row.horizon,
    owner: row.owner,
    budget: row.budget,
    startYear: row.start_year,
    endYear: row.end_year,
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, due: m.due, doneAt: m.done_at, weight: m.weight })),
    indicators: indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, target: i.target, realization: i.realization })),
    progress: percent(itemProgress(milestones.map((m) => ({ weight: m.weight, done: m.done_at !== null })))),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Items with their milestones, as the roll-up takes them. */
export function rollupItems(items: ItemRow[], milestones: MilestoneRow[]): RollupItem[] {
  const byItem = new Map<string, MilestoneRow[]>();
  for (const m of milestones) byItem.set(m.item_id, [...(byItem.get(m.item_id) ?? []), m]);
  return items.map((i) => ({
    id: i.id,
    opdId: i.opd_id,
    dimension: i.dimension_code,
    element: i.element_code,
    programmeId: i.programme_id,
    milestones: (byItem.get(i.id) ?? []).map((m) => ({ weight: m.weight, done: m.done_at !== null })),
  }));
}
