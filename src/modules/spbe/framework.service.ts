/**
 * Frameworks: listed and shown to anyone (they restate regulations), imported by the admins from
 * JSON or a workbook. A framework never changes once stored, so a defined one is kept in memory
 * by code; a second process simply defines it again from the table.
 */
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { defineFramework, type Framework, type FrameworkInput, frameworkInput } from './framework.definition.js';
import * as repo from './framework.repository.js';
import { checkFrameworkShape, frameworkWorkbook, readFrameworkWorkbook } from './framework.workbook.js';
import { spbeErrors } from './spbe.errors.js';

const defined = new Map<string, Framework>();

export function summaryOf(framework: Framework) {
  return {
    code: framework.code,
    name: framework.name,
    regulation: framework.regulation,
    fromYear: framework.fromYear,
    toYear: framework.toYear,
    notes: framework.notes,
    domains: framework.domains.length,
    aspects: framework.aspects.length,
    indicators: framework.indicators.length,
  };
}

export function detailOf(framework: Framework) {
  const input = frameworkInput(framework);
  return {
    ...summaryOf(framework),
    scales: Object.fromEntries(input.scales.map((s) => [s.code, s.levels])),
    domains: input.domains,
    predicates: input.predicates,
  };
}

/** What an import sends: the framework as JSON, or a file (JSON or XLSX, told apart by content). */
export type FrameworkSource = { json: unknown } | { file: Buffer };

async function inputFrom(source: FrameworkSource): Promise<FrameworkInput> {
  if ('json' in source) return checkFrameworkShape(source.json);
  const bytes = source.file;
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readFrameworkWorkbook(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\ufeff/, ''));
  } catch {
    throw spbeErrors.notAFrameworkFile();
  }
  return checkFrameworkShape(parsed);
}

export function createFrameworkService(platform: Platform) {
  const { db, audit } = platform;

  async function framework(code: string): Promise<Framework> {
    const cached = defined.get(code);
    if (cached) return cached;
    const row = await repo.findFramework(db, code);
    if (!row) throw spbeErrors.frameworkNotFound(code);
    const made = defineFramework(row.definition);
    defined.set(code, made);
    return made;
  }

  return {
    framework,

    async list() {
      const [rows, used] = await Promise.all([repo.listFrameworks(db), repo.frameworksInUse(db)]);
      const items = [];
      for (const row of rows) items.push({ ...summaryOf(await framework(row.code)), inUse: used.has(row.code) });
      return items;
    },

    detail: async (code: string) => detailOf(await framework(code)),

    workbook: async (code: string) => frameworkWorkbook(await framework(code)),

    /** Stores a new framework after checking it whole; an existing code is refused, never overwritten. */
    async importFramework(ctx: RequestContext, source: FrameworkSource) {
      const actor = authorize(ctx, 'spbe.configure');
      const input = await inputFrom(source);
      const made = defineFramework(input);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.insertFramework(trx, input, actor.userId))) throw spbeErrors.frameworkExists(input.code);
        await audit.record(trx, ctx, {
          action: 'spbe.framework.import',
          recordType: 'spbe_framework',
          recordId: input.code,
          after: { code: input.code, name: input.name, indicators: made.indicators.length },
        });
      });
      return summaryOf(made);
    },
  };
}

export type FrameworkService = ReturnType<typeof createFrameworkService>;
