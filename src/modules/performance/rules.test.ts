import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, evaluateRules, type OpdQuarterFigures, periodKey } from './rules.js';

function opd(id: string, scores: Record<string, number>, extra: Partial<OpdQuarterFigures> = {}): OpdQuarterFigures {
  return { opdId: id, opdName: `Dinas ${id}`, composite: new Map(Object.entries(scores)), absorptionOfPlan: 90, indicators: [], ...extra };
}

const TW1 = periodKey({ year: 2026, quarter: 1 });
const TW2 = periodKey({ year: 2026, quarter: 2 });
const TW3 = periodKey({ year: 2026, quarter: 3 });
const TW4_LAST_YEAR = periodKey({ year: 2025, quarter: 4 });

describe('reward and punishment rules', () => {
  it('names an OPD at least one standard deviation above the city mean two quarters running as an AIKID nominee', () => {
    // Scores 62, 64, 64, 64, 65, 65, 67, 69: mean 65, standard deviation 2, so the bar is 67.
    const opds = [62, 64, 64, 64, 65, 65, 67, 69].map((s, i) => opd(`O${i}`, { [TW1]: s, [TW2]: s }));
    const aikid = evaluateRules(DEFAULT_RULES, { year: 2026, quarter: 2 }, opds).filter((r) => r.ruleId === 'aikid');
    expect(aikid.map((r) => r.opdId)).toEqual(['O6', 'O7']);
    expect(aikid[0].figures).toMatchObject({ 'score TW II 2026': 67, 'bar TW II 2026': 67 });
  });

  it('does not name an OPD that was above the bar in one quarter only', () => {
    const opds = [opd('A', { [TW1]: 60, [TW2]: 80 }), ...[50, 50, 50].map((s, i) => opd(`C${i}`, { [TW1]: s, [TW2]: s }))];
    const named = evaluateRules(DEFAULT_RULES, { year: 2026, quarter: 2 }, opds).filter((r) => r.ruleId === 'aikid');
    // TW I: mean 52.5, sd 4.33, bar 56.83, A 60 passes; TW II: mean 57.5, sd 12.99, bar 70.49, A 80 passes.
    expect(named.map((r) => r.opdId)).toEqual(['A']);
    const once = [opd('A', { [TW1]: 45, [TW2]: 80 }), ...[50, 55, 60].map((s, i) => opd(`C${i}`, { [TW1]: s, [TW2]: s }))];
    expect(evaluateRules(DEFAULT_RULES, { year: 2026, quarter: 2 }, once).filter((r) => r.ruleId === 'aikid')).toEqual([]);
  });

  it('looks back across the turn of the year, and explains the figures it used', () => {
    const opds = [opd('A', { [TW4_LAST_YEAR]: 90, [TW1]: 90 }), opd('B', { [TW4_LAST_YEAR]: 50, [TW1]: 50 })];
    const [result] = evaluateRules(DEFAULT_RULES, { year: 2026, quarter: 1 }, opds).filter((r) => r.ruleId === 'aikid');
    expect(result.opdId).toBe('A');
    expect(result.figures).toEqual({ 'score TW I 2026': 90, 'bar TW I 2026': 90, 'score TW IV 2025': 90, 'bar TW IV 2025': 90 });
    expect(result.explanation.id).toContain('Dinas A: skor komposit setidaknya 1 simpangan baku di atas rata-rata kota selama 2 triwulan');
  });

  it('flags absorption under 75% of plan at TW III only', () => {
    const opds = [opd('A', {}, { absorptionOfPlan: 68.57 }), opd('B', {}, { absorptionOfPlan: 75 }), opd('C', {}, { absorptionOfPlan: null })];
    const atTw3 = evaluateRules(DEFAULT_RULES, { year: 2026, quarter: 3 }, opds).filter((r) => r.ruleId === 'bendera-hitam');
    expect(atTw3.map((r) => r.opdId)).toEqual(['A']);
    expect(atTw3[0].figures).toEqual({ 'absorption of plan %': 68.57, 'threshold %': 75 });
    expect(atTw3[0].explanation.id).toBe('Dinas A: serapan anggaran s.d. TW III 2026 68.57% dari rencana, di bawah 75%.');
    expect(evaluateRules(DEFAULT_RULES, { year: 2026, quarter: 2 }, opds).filter((r) => r.ruleId === 'bendera-hitam')).toEqual([]);
  });

  it('recommends a black vest for the official of an indicator under 50%, not for a missing one', () => {
    const opds = [
      opd(
        'A',
        { [TW3]: 70 },
        {
          indicators: [
            { indicatorId: 'i1', name: 'Jalan mantap', achievement: 42.5, official: 'Kepala Bidang Bina Marga' },
            { indicatorId: 'i2', name: 'Drainase', achievement: 50, official: null },
            { indicatorId: 'i3', name: 'PJU', achievement: null, official: 'Kasi PJU' },
          ],
        },
      ),
    ];
    const vests = evaluateRules(DEFAULT_RULES, { year: 2026, quarter: 3 }, opds).filter((r) => r.ruleId === 'rompi-hitam');
    expect(vests).toHaveLength(1);
    expect(vests[0]).toMatchObject({ indicatorId: 'i1', official: 'Kepala Bidang Bina Marga', outcome: 'punishment' });
    expect(vests[0].explanation.en).toContain('responsible official Kepala Bidang Bina Marga');
  });
});
