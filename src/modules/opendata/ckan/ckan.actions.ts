/**
 * The CKAN actions we answer, by name: each reads its parameters, calls our services (which decide
 * who may see and do what) and shapes the answer as CKAN does. Read actions answer GET and POST;
 * the others POST only, as in CKAN.
 */
import type { Config } from '../../../config.js';
import { AppError } from '../../../errors.js';
import { can } from '../../../platform/auth/permissions.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Platform } from '../../../platform/module.js';
import { createCatalogueService } from '../catalogue.service.js';
import { createDatasetService, type DatasetInput } from '../dataset.service.js';
import type { DatasetView } from '../dataset.views.js';
import { createResourceService } from '../resource.service.js';
import {
  type CkanPackage,
  type GroupInfo,
  type PackageContext,
  type ProducerInfo,
  packageInputOf,
  packageValidationError,
  toCkanGroup,
  toCkanOrganization,
  toCkanPackage,
  toCkanResource,
  withCreateDefaults,
} from './ckan.package.js';
import { type CkanParams, paramError } from './ckan.params.js';
import { FACET_FIELDS, searchRequestOf, toCkanSearchResult } from './ckan.search.js';

/** The CKAN version whose Action API this one follows (status_show). */
export const CKAN_COMPATIBLE_VERSION = '2.10.0';
export const DATASTORE_LIMIT_DEFAULT = 100;
export const DATASTORE_LIMIT_MAX = 32_000;
/** organization_list and group_list: CKAN's limits for names and for full dicts. */
const LIST_MAX_NAMES = 1000;
const LIST_MAX_DICTS = 25;
/** package_list reads the names a page at a time. */
const NAMES_PAGE = 1000;
/** Datasets that organization_show and group_show list with include_datasets. */
const SHOW_DATASETS = 1000;

export interface ActionEnv {
  ctx: RequestContext;
  params: CkanParams;
}

export interface CkanAction {
  /** Side-effect free: answers GET as well as POST. */
  read: boolean;
  /** What help_show returns. */
  help: string;
  run(env: ActionEnv): Promise<unknown>;
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

const signInRequired = () =>
  new AppError('opendata.ckan_token_required', 'unauthenticated', {
    id: 'Action ini mengubah data: kirim token API pengguna dengan izin opendata.produce di header Authorization.',
    en: 'This action changes data: send the API token of a user with opendata.produce in the Authorization header.',
  });

const missingData = () =>
  paramError('url', {
    id: 'wajib diisi: kirim berkas di bagian "upload" (multipart) atau tautan di url',
    en: 'Missing value: send a file in the multipart part "upload" or a link in url',
  });

const DATASTORE_TYPES = { text: 'text', integer: 'int', number: 'numeric', date: 'date', boolean: 'bool' } as const;

const SORTS_OF_LISTS = ['name asc', 'name desc', 'title asc', 'title desc', 'package_count desc', 'package_count asc'];

type Listed = { name: string; title: string; datasetCount?: number };

/** organization_list and group_list: CKAN's sort, q, offset and limit over our list. */
function listPage<T extends Listed>(items: T[], params: CkanParams, allFields: boolean): T[] {
  const sort = (params.string('sort') ?? 'title asc').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!SORTS_OF_LISTS.includes(sort)) {
    throw paramError('sort', { id: `gunakan salah satu dari: ${SORTS_OF_LISTS.join('; ')}`, en: `use one of: ${SORTS_OF_LISTS.join('; ')}` });
  }
  const [field, direction] = sort.split(' ');
  const q = params.string('q')?.trim().toLowerCase();
  const wanted = params.stringList('organizations') ?? params.stringList('groups');
  const sign = direction === 'desc' ? -1 : 1;
  const key = (item: T) => (field === 'package_count' ? (item.datasetCount ?? 0) : field === 'name' ? item.name : item.title.toLowerCase());
  const max = allFields ? LIST_MAX_DICTS : LIST_MAX_NAMES;
  const limit = params.int('limit', { fallback: max, min: 0, max });
  const offset = params.int('offset', { fallback: 0, min: 0 });
  return items
    .filter((item) => !q || item.name.includes(q) || item.title.toLowerCase().includes(q))
    .filter((item) => !wanted || wanted.includes(item.name))
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return (x < y ? -1 : x > y ? 1 : 0) * sign || a.name.localeCompare(b.name);
    })
    .slice(offset, offset + limit);
}

export function createCkanActions(platform: Platform): Record<string, CkanAction> {
  const config: Config = platform.config;
  const datasets = createDatasetService(platform);
  const catalogue = createCatalogueService(platform);
  const resources = createResourceService(platform);

  /** What a package dict needs beyond the dataset view, fetched once per call. */
  async function packageContext(_ctx: RequestContext): Promise<PackageContext> {
    const { producers, groups } = await catalogue.namesById();
    return {
      publicUrl: config.publicUrl,
      openLicenses: new Set(
        catalogue
          .licenses()
          .filter((l) => l.openData)
          .map((l) => l.id),
      ),
      producers: new Map<string, ProducerInfo>([...producers].map(([id, p]) => [id, { ...p, datasetCount: undefined }])),
      groups: new Map<string, GroupInfo>([...groups].map(([id, g]) => [id, { ...g, datasetCount: undefined }])),
    };
  }

  async function asPackage(ctx: RequestContext, d: DatasetView): Promise<CkanPackage> {
    return toCkanPackage(d, await packageContext(ctx));
  }

  /** Group ids in a package body become names, as our input names groups by name. */
  async function groupNames(ctx: RequestContext, input: Partial<DatasetInput>): Promise<Partial<DatasetInput>> {
    if (!input.groups?.some(isUuid)) return input;
    const all = await catalogue.listGroups(ctx, {});
    const byId = new Map(all.map((g) => [g.id, g.name]));
    return { ...input, groups: input.groups.map((g) => byId.get(g.toLowerCase()) ?? g) };
  }

  /** CKAN names an unknown owner_org a Validation Error, not a missing page. */
  async function ownerChecked<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } catch (error) {
      if (error instanceof AppError && error.code === 'opendata.producer_not_found') {
        throw packageValidationError([
          { field: 'owner_org', message: { id: 'Produsen data tidak ada; lihat organization_list', en: 'Organization does not exist; see organization_list' } },
        ]);
      }
      throw error;
    }
  }

  const requireActor = (ctx: RequestContext) => {
    if (!ctx.actor) throw signInRequired();
  };

  const idOf = (params: CkanParams, name = 'id') => params.requiredString(name, { maxLength: 200 });

  async function listDatasetsOf(ctx: RequestContext, filter: { producers?: string[]; groups?: string[] }): Promise<CkanPackage[]> {
    const result = await datasets.search(ctx, { ...filter, offset: 0, limit: SHOW_DATASETS, sort: 'title_asc' });
    const pc = await packageContext(ctx);
    return result.items.map((d) => toCkanPackage(d, pc));
  }

  const actions: Record<string, CkanAction> = {
    status_show: {
      read: true,
      help: 'Return a dictionary with information about the site: its title, URL, the CKAN version whose API this follows, and extensions.',
      run: async () => ({
        site_title: `Satu Data ${config.cityName}`,
        site_description: `Portal data sektoral ${config.cityName} (Satu Data Indonesia)`,
        site_url: config.publicUrl,
        ckan_version: CKAN_COMPATIBLE_VERSION,
        error_emails_to: null,
        locale_default: config.defaultLocale,
        extensions: ['datastore', 'dcat'],
      }),
    },

    site_read: {
      read: true,
      help: 'Return true: this site may be read.',
      run: async () => true,
    },

    help_show: {
      read: true,
      help: "Return the help string for an action. :param name: the action's name",
      run: async ({ params }) => {
        const name = params.requiredString('name', { maxLength: 100 });
        const action = actions[name];
        if (!action) {
          throw new AppError('opendata.ckan_no_help', 'not_found', { id: `Action ${name} tidak ada.`, en: `Action ${name} does not exist.` });
        }
        return action.help;
      },
    },

    package_search: {
      read: true,
      help:
        'Search the datasets. :param q: words, and organization:, tags:, groups:, res_format:, frequency:, year: clauses. ' +
        ':param fq: organization:NAME owner_org:ID tags:TAG groups:NAME res_format:CSV frequency:CODE year:YYYY, joined by + or AND. ' +
        ':param rows: 10 by default, at most 1000. :param start: offset. ' +
        ':param sort: "score desc, metadata_modified desc", "title_string asc", "title_string desc", "metadata_modified desc", "metadata_modified asc", "metadata_created desc", "name asc". ' +
        ':param facet.field: JSON list of organization, tags, groups, res_format, frequency, year. :param facet.limit: 50 by default, -1 for all. ' +
        ':param facet.mincount: 1 by default. :param include_private: also what the token may see internally.',
      run: async ({ ctx, params }) => {
        const request = searchRequestOf(params);
        if (request.producerIds.length > 0) {
          const producers = await catalogue.listProducers(ctx, {});
          const byId = new Map(producers.map((p) => [p.id, p.name]));
          // An id that names no producer must still match nothing: it is kept as it is.
          request.search.producers = [...(request.search.producers ?? []), ...request.producerIds.map((id) => byId.get(id.toLowerCase()) ?? id)];
        }
        // Only the facets asked for are counted: each costs a pass over the matches.
        const facetFields = request.facetFields.map((f) => FACET_FIELDS[f]);
        const [result, pc] = await Promise.all([datasets.search(ctx, { ...request.search, facetFields }), packageContext(ctx)]);
        return toCkanSearchResult(result, request, (d) => toCkanPackage(d, pc));
      },
    },

    package_show: {
      read: true,
      help: 'Return the metadata of a dataset and its resources. :param id: the id or name of the dataset',
      run: async ({ ctx, params }) => asPackage(ctx, await datasets.get(ctx, idOf(params))),
    },

    package_list: {
      read: true,
      help: 'Return the names of the published datasets, sorted. :param limit: (optional) :param offset: (optional)',
      run: async ({ ctx, params }) => {
        const offset = params.int('offset', { fallback: 0, min: 0 });
        // Without a limit CKAN lists every name; the service gives at most a page at a time.
        const limit = params.int('limit', { min: 0 });
        const names: string[] = [];
        while (limit === undefined || names.length < limit) {
          const want = limit === undefined ? NAMES_PAGE : Math.min(NAMES_PAGE, limit - names.length);
          const page = await datasets.listNames(ctx, { offset: offset + names.length, limit: want });
          names.push(...page);
          if (page.length < want) break;
        }
        return names;
      },
    },

    organization_list: {
      read: true,
      help:
        'Return the organizations (produsen data): names, or full dicts with all_fields=true. ' +
        ':param sort: "title asc" (default), "name asc", "package_count desc", ... :param q: :param limit: :param offset: :param all_fields:',
      run: async ({ ctx, params }) => {
        const allFields = params.bool('all_fields', false);
        const producers = await catalogue.listProducers(ctx, { withCounts: true });
        const page = listPage(producers, params, allFields);
        return allFields ? page.map((p) => toCkanOrganization(p)) : page.map((p) => p.name);
      },
    },

    organization_show: {
      read: true,
      help: 'Return an organization (produsen data). :param id: its id or name. :param include_datasets: (optional, default false)',
      run: async ({ ctx, params }) => {
        const producer = await catalogue.getProducer(ctx, idOf(params));
        const org = toCkanOrganization(producer);
        if (params.bool('include_datasets', false)) org.packages = await listDatasetsOf(ctx, { producers: [producer.name] });
        return org;
      },
    },

    organization_list_for_user: {
      read: true,
      help: 'Return the organizations the caller may add datasets to (permission "create_dataset", the default) or read internally (permission "read").',
      run: async ({ ctx, params }) => {
        const permission = params.string('permission') ?? 'create_dataset';
        const actor = ctx.actor;
        if (!actor) return [];
        const producers = await catalogue.listProducers(ctx, { withCounts: true });
        const needed = permission === 'read' ? 'opendata.read_internal' : 'opendata.produce';
        return producers.filter((p) => can(actor, needed, p.opdId)).map((p) => toCkanOrganization(p));
      },
    },

    group_list: {
      read: true,
      help: 'Return the groups (topics): names, or full dicts with all_fields=true. :param sort: :param q: :param limit: :param offset: :param all_fields:',
      run: async ({ ctx, params }) => {
        const allFields = params.bool('all_fields', false);
        const groups = await catalogue.listGroups(ctx, { withCounts: true });
        const page = listPage(groups, params, allFields);
        return allFields ? page.map((g) => toCkanGroup(g)) : page.map((g) => g.name);
      },
    },

    group_show: {
      read: true,
      help: 'Return a group (topic). :param id: its id or name. :param include_datasets: (optional, default false)',
      run: async ({ ctx, params }) => {
        const group = await catalogue.getGroup(ctx, idOf(params));
        const out = toCkanGroup(group);
        if (params.bool('include_datasets', false)) out.packages = await listDatasetsOf(ctx, { groups: [group.name] });
        return out;
      },
    },

    tag_list: {
      read: true,
      help: 'Return the tags of the published datasets. :param query: (optional) only tags containing this. :param all_fields: (optional)',
      run: async ({ ctx, params }) => {
        const q = params.string('query', { maxLength: 100 }) ?? params.string('q', { maxLength: 100 });
        const names = await datasets.listTags(ctx, q ? { q } : {});
        return params.bool('all_fields', false) ? names.map((name) => ({ name, display_name: name, vocabulary_id: null, state: 'active' })) : names;
      },
    },

    license_list: {
      read: true,
      help: 'Return the licenses a dataset may have (license_id).',
      run: async () =>
        catalogue.licenses().map((l) => ({
          id: l.id,
          title: l.title,
          url: l.url,
          status: 'active',
          od_conformance: l.openData ? 'approved' : 'not reviewed',
          osd_conformance: 'not reviewed',
          is_generic: false,
        })),
    },

    resource_show: {
      read: true,
      help: 'Return a resource. :param id: the id of the resource',
      run: async ({ ctx, params }) => toCkanResource(await resources.get(ctx, idOf(params)), config.publicUrl),
    },

    datastore_search: {
      read: true,
      help:
        'Search the rows of a resource. :param resource_id: :param filters: JSON object {column: value or [values]}. ' +
        ':param q: words, or a JSON object {column: words}. :param limit: 100 by default, at most 32000. :param offset: ' +
        ':param fields: list of columns. :param sort: "column asc, other desc". :param include_total: (default true)',
      run: async ({ ctx, params }) => {
        const resourceId = params.has('resource_id') ? idOf(params, 'resource_id') : idOf(params, 'id');
        const format = params.string('records_format') ?? 'objects';
        if (format !== 'objects') throw paramError('records_format', { id: 'hanya "objects" yang didukung', en: 'only "objects" is supported' });
        const filters = params.object('filters');
        if (filters) {
          for (const [column, value] of Object.entries(filters)) {
            const scalars = Array.isArray(value) ? value : [value];
            if (scalars.some((v) => v !== null && typeof v === 'object')) {
              throw paramError('filters', {
                id: `nilai ${column} harus teks, angka atau daftar`,
                en: `the value of ${column} must be text, a number or a list`,
              });
            }
          }
        }
        // q is words ("Klojen 2024"), or an object of column -> words, typed in JSON or as JSON text.
        const rawQ = params.raw.q;
        const qValue =
          (rawQ !== null && typeof rawQ === 'object') || (typeof rawQ === 'string' && rawQ.trim().startsWith('{')) ? params.object('q') : params.string('q');
        if (typeof qValue === 'object' && Object.values(qValue).some((v) => typeof v !== 'string')) {
          throw paramError('q', { id: 'nilai objek q harus teks', en: 'the values of a q object must be text' });
        }
        const sortList = params.stringList('sort');
        const limit = params.int('limit', { fallback: DATASTORE_LIMIT_DEFAULT, min: 0, max: DATASTORE_LIMIT_MAX });
        const offset = params.int('offset', { fallback: 0, min: 0 });
        const includeTotal = params.bool('include_total', true);
        const fields = params.stringList('fields');
        const result = await resources.search(ctx, resourceId, {
          ...(filters ? { filters: filters as Record<string, string | number | boolean | null> } : {}),
          ...(qValue !== undefined ? { q: qValue as string | Record<string, string> } : {}),
          ...(sortList?.length ? { sort: sortList.join(', ') } : {}),
          ...(fields?.length ? { fields } : {}),
          limit,
          offset,
          includeTotal,
        });
        const columns = result.fields.filter((f) => f.id !== '_id');
        const base = `/api/3/action/datastore_search?resource_id=${encodeURIComponent(resourceId)}`;
        const answer: Record<string, unknown> = {
          resource_id: resourceId,
          fields: [{ id: '_id', type: 'int' }, ...columns.map((f) => ({ id: f.id, type: DATASTORE_TYPES[f.type] ?? 'text', info: { unit: f.unit } }))],
          records: result.records,
          limit: result.limit,
          offset: result.offset,
          include_total: includeTotal,
          records_format: 'objects',
          _links: { start: base, next: `${base}&offset=${result.offset + result.limit}` },
        };
        if (result.total !== undefined) answer.total = result.total;
        return answer;
      },
    },

    package_create: {
      read: false,
      help:
        'Create a dataset (as DRAFT, for the walidata to review). :param name: 2-100 of a-z 0-9 - _ :param owner_org: the produsen data (id or name) ' +
        ':param title: :param notes: :param license_id: :param tags: [{"name": ...}] :param groups: [{"name": ...}] :param maintainer: ' +
        ':param maintainer_email: :param extras: [{"key": ..., "value": ...}] with the Satu Data keys frekuensi, tingkat_akses, konsep, definisi, ' +
        'ukuran, satuan, tingkat_penyajian, kode_wilayah, cakupan_wilayah, tahun_awal, tahun_akhir (or temporal_start, temporal_end).',
      run: async ({ ctx, params }) => {
        requireActor(ctx);
        const parsed = packageInputOf(params.raw, 'create');
        // No default licence: whether data may be reused is the producer's call (see license_list).
        if (!parsed.licenseId) {
          throw packageValidationError([{ field: 'license_id', message: { id: 'Wajib diisi: lihat license_list', en: 'Missing value: see license_list' } }]);
        }
        const input = withCreateDefaults(await groupNames(ctx, parsed)) as DatasetInput;
        return asPackage(ctx, await ownerChecked(datasets.create(ctx, input)));
      },
    },

    package_update: {
      read: false,
      help:
        'Replace the metadata of a dataset (what is not sent is cleared, except license, frequency and access level, which stay). ' +
        ':param id: the id or name of the dataset; the other parameters as for package_create.',
      run: async ({ ctx, params }) => {
        requireActor(ctx);
        const id = params.string('id')?.trim() || params.requiredString('name');
        const parsed = await groupNames(ctx, packageInputOf(params.raw, 'update'));
        const current = await datasets.get(ctx, id);
        const input = {
          ...parsed,
          licenseId: parsed.licenseId ?? current.licenseId,
          frequency: parsed.frequency ?? current.frequency,
          accessLevel: parsed.accessLevel ?? current.accessLevel,
        } as DatasetInput;
        return asPackage(ctx, await ownerChecked(datasets.update(ctx, id, input)));
      },
    },

    package_patch: {
      read: false,
      help: 'Change only the fields sent. :param id: the id or name of the dataset; the other parameters as for package_create.',
      run: async ({ ctx, params }) => {
        requireActor(ctx);
        const id = idOf(params);
        const input = await groupNames(ctx, packageInputOf(params.raw, 'patch'));
        return asPackage(ctx, await ownerChecked(datasets.patch(ctx, id, input)));
      },
    },

    resource_create: {
      read: false,
      help:
        'Add a resource to a dataset: a CSV or XLSX file in the multipart part "upload" (its columns are then confirmed in the console), or a link in url. ' +
        ':param package_id: the id or name of the dataset. :param name: :param description: :param format: (for a link)',
      run: async ({ ctx, params }) => {
        requireActor(ctx);
        const packageId = idOf(params, 'package_id');
        const description = params.string('description') ?? '';
        if (params.upload) {
          // As the REST route: the file's name without its extension when none is given.
          const name = params.string('name')?.trim() || params.upload.fileName.replace(/\.[^.]*$/, '');
          return toCkanResource(await resources.createUpload(ctx, packageId, { name, description, file: params.upload }), config.publicUrl);
        }
        const url = params.string('url', { maxLength: 2000 })?.trim();
        if (!url) throw missingData();
        const name = params.string('name')?.trim() || url;
        const format = params.string('format')?.trim();
        return toCkanResource(await resources.createLink(ctx, packageId, { name, description, url, ...(format ? { format } : {}) }), config.publicUrl);
      },
    },

    resource_update: {
      read: false,
      help: 'Change a resource: a new file in the multipart part "upload" becomes its next version; name, description, url and format change its description. :param id: the id of the resource',
      run: async ({ ctx, params }) => resourceChange(ctx, params),
    },

    resource_patch: {
      read: false,
      help: 'As resource_update: change only what is sent. :param id: the id of the resource',
      run: async ({ ctx, params }) => resourceChange(ctx, params),
    },
  };

  async function resourceChange(ctx: RequestContext, params: CkanParams) {
    requireActor(ctx);
    const id = idOf(params);
    const change: { name?: string; description?: string; url?: string; format?: string } = {};
    for (const key of ['name', 'description', 'format'] as const) {
      const v = params.string(key);
      if (v !== undefined) change[key] = v.trim();
    }
    // A file upload's url is ours; CKAN clients send it back unchanged with the rest of the dict.
    const url = params.string('url', { maxLength: 2000 })?.trim();
    let view = await resources.get(ctx, id);
    if (url && view.kind === 'link') change.url = url;
    if (params.upload) view = await resources.addVersion(ctx, id, params.upload);
    if (Object.keys(change).length > 0) view = { ...view, ...(await resources.update(ctx, id, change)) };
    return toCkanResource(view, config.publicUrl);
  }

  return actions;
}
