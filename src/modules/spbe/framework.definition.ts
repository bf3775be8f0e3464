/**
 * An SPBE evaluation framework as data: the regulation's domains, aspects and indicators with
 * their weights (percent of the whole index), the level scales, and the predicate bands. One
 * schema serves the shipped frameworks, JSON imports and the workbook import, so a new
 * regulation needs a file, not code. `defineFramework` checks what a schema cannot (numbers
 * unique, weights that add up to 100, scales that exist) and lists every problem at once.
 */
import { type Static, Type } from '@sinclair/typebox';
import { AppError, type FieldProblem, type LocalizedText } from '../../errors.js';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const FiveTexts = (max: number) => Type.Array(Text(max), { minItems: 5, maxItems: 5 });

export const IndicatorInput = Type.Object({
  number: Type.Integer({ minimum: 1, maximum: 999 }),
  name: Text(300),
  /** Percent of the whole index, at most two decimals (1.3, 2.75). */
  weight: Type.Number({ exclusiveMinimum: 0, maximum: 100 }),
  scale: Text(40),
  /** What levels 1 to 5 ask, in order. */
  levels: FiveTexts(1000),
});
export const AspectInput = Type.Object({
  number: Type.Integer({ minimum: 1, maximum: 99 }),
  name: Text(200),
  /** When given, must equal the sum of its indicators' weights. */
  weight: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  indicators: Type.Array(IndicatorInput, { minItems: 1, maxItems: 200 }),
});
export const DomainInput = Type.Object({
  number: Type.Integer({ minimum: 1, maximum: 99 }),
  name: Text(200),
  weight: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  aspects: Type.Array(AspectInput, { minItems: 1, maxItems: 50 }),
});
export const FrameworkInput = Type.Object({
  code: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$', description: 'Lower-case letters, digits and hyphens, e.g. permenpanrb-59-2020' }),
  name: Text(200),
  regulation: Text(500),
  fromYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
  toYear: Type.Union([Type.Integer({ minimum: 2000, maximum: 2100 }), Type.Null()]),
  notes: Type.Optional(Type.String({ maxLength: 2000 })),
  scales: Type.Array(Type.Object({ code: Text(40), name: Text(100), levels: FiveTexts(60) }), { minItems: 1, maxItems: 10 }),
  domains: Type.Array(DomainInput, { minItems: 1, maxItems: 20 }),
  /** Bands by lowest index, e.g. Memuaskan from 4.2; one band starts at 0. */
  predicates: Type.Array(Type.Object({ code: Type.String({ pattern: '^[a-z_]{2,40}$' }), label: Text(60), min: Type.Number({ minimum: 0, maximum: 5 }) }), {
    minItems: 1,
    maxItems: 10,
  }),
});
export type FrameworkInput = Static<typeof FrameworkInput>;

/** Weights are kept in hundredths of a percent (1.3 % = 130), so that sums and comparisons are exact. */
export const WHOLE = 10_000;

export interface FrameworkIndicator {
  number: number;
  name: string;
  weight: number;
  scale: string;
  levels: string[];
  domainNumber: number;
  aspectNumber: number;
}
export interface FrameworkAspect {
  number: number;
  name: string;
  weight: number;
  domainNumber: number;
  indicators: number[];
}
export interface FrameworkDomain {
  number: number;
  name: string;
  weight: number;
  aspects: number[];
}
export interface Predicate {
  code: string;
  label: string;
  /** Lowest index of the band, in hundredths (4.2 = 420). */
  min: number;
}
export interface Framework {
  code: string;
  name: string;
  regulation: string;
  fromYear: number;
  toYear: number | null;
  notes: string;
  scales: Record<string, { name: string; levels: string[] }>;
  domains: FrameworkDomain[];
  aspects: FrameworkAspect[];
  indicators: FrameworkIndicator[];
  /** Highest band first. */
  predicates: Predicate[];
}

const hundredths = (value: number) => Math.round(value * 100);
const isHundredths = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
const percent = (basisPoints: number) => (basisPoints / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The framework in the form the index arithmetic uses, or an AppError listing every problem. */
export function defineFramework(input: FrameworkInput): Framework {
  const problems: FieldProblem[] = [];
  const problem = (field: string, id: string, en: string) => problems.push({ field, message: { id, en } });

  if (input.toYear !== null && input.toYear < input.fromYear) problem('toYear', 'tidak boleh sebelum fromYear', 'must not be before fromYear');
  const scales: Framework['scales'] = {};
  input.scales.forEach((scale, i) => {
    if (scales[scale.code]) problem(`scales[${i}].code`, `skala "${scale.code}" sudah ada`, `scale "${scale.code}" appears twice`);
    scales[scale.code] = { name: scale.name, levels: scale.levels };
  });

  const domains: FrameworkDomain[] = [];
  const aspects: FrameworkAspect[] = [];
  const indicators: FrameworkIndicator[] = [];
  const seen = { domain: new Set<number>(), aspect: new Set<number>(), indicator: new Set<number>() };
  input.domains.forEach((domain, d) => {
    const domainField = `domains[${d}]`;
    if (seen.domain.has(domain.number)) problem(`${domainField}.number`, `domain ${domain.number} sudah ada`, `domain ${domain.number} appears twice`);
    seen.domain.add(domain.number);
    let domainWeight = 0;
    const aspectNumbers: number[] = [];
    domain.aspects.forEach((aspect, a) => {
      const aspectField = `${domainField}.aspects[${a}]`;
      if (seen.aspect.has(aspect.number)) problem(`${aspectField}.number`, `aspek ${aspect.number} sudah ada`, `aspect ${aspect.number} appears twice`);
      seen.aspect.add(aspect.number);
      let aspectWeight = 0;
      const indicatorNumbers: number[] = [];
      aspect.indicators.forEach((indicator, n) => {
        const field = `${aspectField}.indicators[${n}]`;
        if (seen.indicator.has(indicator.number))
          problem(`${field}.number`, `indikator ${indicator.number} sudah ada`, `indicator ${indicator.number} appears twice`);
        seen.indicator.add(indicator.number);
        if (!isHundredths(indicator.weight)) problem(`${field}.weight`, 'bobot paling banyak dua desimal', 'a weight has at most two decimals');
        if (!scales[indicator.scale])
          problem(`${field}.scale`, `skala "${indicator.scale}" tidak ada di daftar skala`, `scale "${indicator.scale}" is not among the scales`);
        const weight = hundredths(indicator.weight);
        aspectWeight += weight;
        indicatorNumbers.push(indicator.number);
        indicators.push({
          number: indicator.number,
          name: indicator.name,
          weight,
          scale: indicator.scale,
          levels: indicator.levels,
          domainNumber: domain.number,
          aspectNumber: aspect.number,
        });
      });
      if (aspect.weight !== undefined && hundredths(aspect.weight) !== aspectWeight)
        problem(
          `${aspectField}.weight`,
          `bobot aspek ${percent(hundredths(aspect.weight))}% tidak sama dengan jumlah bobot indikatornya (${percent(aspectWeight)}%)`,
          `the aspect's weight ${percent(hundredths(aspect.weight))}% differs from its indicators' sum (${percent(aspectWeight)}%)`,
        );
      aspects.push({ number: aspect.number, name: aspect.name, weight: aspectWeight, domainNumber: domain.number, indicators: indicatorNumbers });
      aspectNumbers.push(aspect.number);
      domainWeight += aspectWeight;
    });
    if (domain.weight !== undefined && hundredths(domain.weight) !== domainWeight)
      problem(
        `${domainField}.weight`,
        `bobot domain ${percent(hundredths(domain.weight))}% tidak sama dengan jumlah bobot indikatornya (${percent(domainWeight)}%)`,
        `the domain's weight ${percent(hundredths(domain.weight))}% differs from its indicators' sum (${percent(domainWeight)}%)`,
      );
    domains.push({ number: domain.number, name: domain.name, weight: domainWeight, aspects: aspectNumbers });
  });
  const total = domains.reduce((sum, d) => sum + d.weight, 0);
  if (total !== WHOLE)
    problem(
      'domains',
      `bobot seluruh indikator berjumlah ${percent(total)}%, seharusnya 100%`,
      `the indicators' weights add up to ${percent(total)}%, not 100%`,
    );

  const predicates = input.predicates.map((p) => ({ code: p.code, label: p.label, min: hundredths(p.min) })).sort((a, b) => b.min - a.min);
  if (new Set(predicates.map((p) => p.code)).size !== predicates.length)
    problem('predicates', 'kode predikat harus berbeda satu sama lain', 'predicate codes must differ from one another');
  if (predicates.at(-1)?.min !== 0) problem('predicates', 'satu predikat harus berlaku mulai indeks 0', 'one predicate must start at index 0');

  if (problems.length > 0) throw invalidFramework(problems);
  return {
    code: input.code,
    name: input.name,
    regulation: input.regulation,
    fromYear: input.fromYear,
    toYear: input.toYear,
    notes: input.notes ?? '',
    scales,
    domains,
    aspects,
    indicators,
    predicates,
  };
}

export function invalidFramework(problems: FieldProblem[], text?: LocalizedText): AppError {
  return new AppError(
    'spbe.framework_invalid',
    'invalid',
    text ?? {
      id: `Kerangka penilaian belum dapat dipakai: ${problems.length} hal perlu diperbaiki.`,
      en: `The framework cannot be used yet: ${problems.length} thing(s) to fix.`,
    },
    { fields: problems },
  );
}

/** The framework back in its input form: what the JSON export and the workbook carry. */
export function frameworkInput(framework: Framework): FrameworkInput {
  const byNumber = new Map(framework.indicators.map((i) => [i.number, i]));
  const aspectByNumber = new Map(framework.aspects.map((a) => [a.number, a]));
  return {
    code: framework.code,
    name: framework.name,
    regulation: framework.regulation,
    fromYear: framework.fromYear,
    toYear: framework.toYear,
    notes: framework.notes,
    scales: Object.entries(framework.scales).map(([code, s]) => ({ code, name: s.name, levels: s.levels })),
    domains: framework.domains.map((d) => ({
      number: d.number,
      name: d.name,
      weight: d.weight / 100,
      aspects: d.aspects.map((number) => {
        const aspect = aspectByNumber.get(number) as FrameworkAspect;
        return {
          number,
          name: aspect.name,
          weight: aspect.weight / 100,
          indicators: aspect.indicators.map((n) => {
            const i = byNumber.get(n) as FrameworkIndicator;
            return { number: i.number, name: i.name, weight: i.weight / 100, scale: i.scale, levels: i.levels };
          }),
        };
      }),
    })),
    predicates: framework.predicates.map((p) => ({ code: p.code, label: p.label, min: p.min / 100 })),
  };
}
