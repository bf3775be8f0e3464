/**
 * The staff list as a spreadsheet (CSV or XLSX), with the same filters and the same reach: an
 * officer exports only their OPD's complaints, and a reporter's details only where the officer may
 * see them (never an anonim reporter, except for the admin desk).
 */
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { createQueryService } from './complaint.query.service.js';
import type { ComplaintFilter } from './complaint.repository.js';
import type { StaffComplaint } from './complaint.views.js';

export const EXPORT_MAX_ROWS = 50_000;

const COLUMNS: Array<{ header: string; key: string; width: number; value: (c: StaffComplaint) => string | number | null }> = [
  { header: 'Nomor', key: 'trackingNo', width: 18, value: (c) => c.trackingNo },
  { header: 'Tanggal', key: 'createdAt', width: 22, value: (c) => c.createdAt },
  { header: 'Jenis', key: 'kind', width: 16, value: (c) => c.kind },
  { header: 'Kategori', key: 'category', width: 28, value: (c) => c.category.name },
  { header: 'Status', key: 'status', width: 24, value: (c) => c.statusLabel },
  { header: 'OPD', key: 'opd', width: 18, value: (c) => c.opd },
  { header: 'Kecamatan', key: 'kecamatan', width: 16, value: (c) => c.kecamatan },
  { header: 'Kelurahan', key: 'kelurahan', width: 16, value: (c) => c.kelurahan },
  { header: 'Alamat', key: 'address', width: 30, value: (c) => c.address },
  { header: 'Lintang', key: 'lat', width: 11, value: (c) => c.lat },
  { header: 'Bujur', key: 'lon', width: 11, value: (c) => c.lon },
  { header: 'Batas waktu', key: 'dueAt', width: 22, value: (c) => c.dueAt },
  { header: 'Dukungan', key: 'supporters', width: 10, value: (c) => c.supporters },
  { header: 'Kepuasan', key: 'satisfaction', width: 10, value: (c) => c.satisfaction },
  { header: 'Privasi', key: 'privacy', width: 10, value: (c) => c.privacy },
  { header: 'Kanal', key: 'channel', width: 8, value: (c) => c.channel },
  { header: 'Uraian', key: 'description', width: 60, value: (c) => c.description },
  { header: 'Nama pelapor', key: 'reporterName', width: 22, value: (c) => c.reporter?.name ?? null },
  { header: 'Email pelapor', key: 'reporterEmail', width: 26, value: (c) => c.reporter?.email ?? null },
  { header: 'Telepon pelapor', key: 'reporterPhone', width: 18, value: (c) => c.reporter?.phone ?? null },
];

/** A cell that a spreadsheet would run as a formula is written as text (CSV injection). */
function inert(value: string | number | null): string | number | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export async function exportComplaints(
  platform: Platform,
  ctx: RequestContext,
  filter: Omit<ComplaintFilter, 'publicOnly' | 'opdIds' | 'limit' | 'offset'> & { opdId?: string },
  format: 'csv' | 'xlsx',
): Promise<{ data: Buffer; contentType: string; filename: string; rows: number }> {
  const query = createQueryService(platform);
  // exceljs is large and only exports need it: loaded on the first export, not at start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Aduan');
  sheet.columns = COLUMNS.map(({ header, key, width }) => ({ header, key, width }));
  sheet.getRow(1).font = { bold: true };
  let offset = 0;
  for (;;) {
    const page = await query.staffList(ctx, { ...filter, limit: 1000, offset });
    for (const c of page.items) sheet.addRow(Object.fromEntries(COLUMNS.map((col) => [col.key, inert(col.value(c))])));
    offset += page.items.length;
    if (page.items.length < 1000 || offset >= EXPORT_MAX_ROWS) break;
  }
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'csv') {
    const data = Buffer.from(await workbook.csv.writeBuffer());
    // A BOM so that Excel opens the UTF-8 file with the right characters.
    return { data: Buffer.concat([Buffer.from('\ufeff'), data]), contentType: 'text/csv; charset=utf-8', filename: `aduan-sambat-${stamp}.csv`, rows: offset };
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  return { data, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `aduan-sambat-${stamp}.xlsx`, rows: offset };
}
