/**
 * The catalogue listing as a CSV file, with the search's filters and reach: one row per dataset
 * with the metadata Indonesian portals show. Written by exceljs, as the other exports are.
 */
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { createDatasetService, MAX_SEARCH_LIMIT } from './dataset.service.js';
import { ACCESS_LABELS, type DatasetSearch, type DatasetView, FREQUENCY_LABELS } from './dataset.views.js';
import { STATUS_LABELS } from './dataset.workflow.js';

/** Enough for a city's catalogue many times over; a longer list should be narrowed by filters. */
export const EXPORT_MAX_ROWS = 20_000;

const COLUMNS: Array<{ header: string; key: string; value: (d: DatasetView, publicUrl: string) => string | null }> = [
  { header: 'Nama', key: 'name', value: (d) => d.name },
  { header: 'Judul', key: 'title', value: (d) => d.title },
  { header: 'Produsen data', key: 'producer', value: (d) => d.producer.title },
  { header: 'Deskripsi', key: 'notes', value: (d) => d.notes },
  { header: 'Kelompok', key: 'groups', value: (d) => d.groups.map((g) => g.title).join('; ') },
  { header: 'Tag', key: 'tags', value: (d) => d.tags.join('; ') },
  { header: 'Konsep', key: 'concept', value: (d) => d.concept },
  { header: 'Definisi', key: 'definition', value: (d) => d.definition },
  { header: 'Ukuran', key: 'measure', value: (d) => d.measure },
  { header: 'Satuan', key: 'unit', value: (d) => d.unit },
  { header: 'Tingkat penyajian', key: 'presentationLevel', value: (d) => d.presentationLevel },
  { header: 'Kode wilayah', key: 'regionCode', value: (d) => d.region?.code ?? null },
  { header: 'Cakupan wilayah', key: 'regionName', value: (d) => d.region?.name ?? null },
  { header: 'Awal periode', key: 'temporalStart', value: (d) => d.temporalStart },
  { header: 'Akhir periode', key: 'temporalEnd', value: (d) => d.temporalEnd },
  { header: 'Frekuensi', key: 'frequency', value: (d) => FREQUENCY_LABELS[d.frequency] },
  { header: 'Akses', key: 'accessLevel', value: (d) => ACCESS_LABELS[d.accessLevel] },
  { header: 'Lisensi', key: 'license', value: (d) => d.licenseId },
  { header: 'Format', key: 'formats', value: (d) => [...new Set(d.resources.map((r) => r.format.toUpperCase()).filter(Boolean))].join('; ') },
  { header: 'Status', key: 'status', value: (d) => STATUS_LABELS[d.status].id },
  { header: 'Kontak', key: 'contact', value: (d) => (d.contact ? `${d.contact.name} <${d.contact.email}>` : null) },
  { header: 'Dibuat', key: 'createdAt', value: (d) => d.createdAt },
  { header: 'Diperbarui', key: 'updatedAt', value: (d) => d.updatedAt },
  { header: 'Data terakhir', key: 'lastDataAt', value: (d) => d.lastDataAt },
  { header: 'Jatuh tempo data berikutnya', key: 'nextDueOn', value: (d) => d.nextDueOn },
  { header: 'Terlambat', key: 'overdue', value: (d) => (d.overdue ? 'ya' : 'tidak') },
  { header: 'Alamat', key: 'url', value: (d, publicUrl) => `${publicUrl}/api/opendata/datasets/${d.name}` },
];

/** A cell that a spreadsheet would run as a formula is written as text (CSV injection). */
function inert(value: string | null): string | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The datasets the search finds, in its order, as CSV with a BOM so that Excel reads UTF-8. */
export async function exportCatalogue(
  platform: Platform,
  ctx: RequestContext,
  search: Omit<DatasetSearch, 'offset' | 'limit' | 'facetLimit'>,
): Promise<{ data: Buffer; contentType: string; filename: string; rows: number }> {
  const datasets = createDatasetService(platform);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Katalog');
  sheet.columns = COLUMNS.map(({ header, key }) => ({ header, key }));
  let offset = 0;
  for (;;) {
    const page = await datasets.search(ctx, { ...search, offset, limit: MAX_SEARCH_LIMIT, facetLimit: 0 });
    for (const d of page.items) sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c.key, inert(c.value(d, platform.config.publicUrl))])));
    offset += page.items.length;
    if (page.items.length < MAX_SEARCH_LIMIT || offset >= EXPORT_MAX_ROWS) break;
  }
  const data = Buffer.from(await workbook.csv.writeBuffer());
  const stamp = new Date().toISOString().slice(0, 10);
  return {
    data: Buffer.concat([Buffer.from('\ufeff'), data]),
    contentType: 'text/csv; charset=utf-8',
    filename: `katalog-satu-data-${stamp}.csv`,
    rows: offset,
  };
}
