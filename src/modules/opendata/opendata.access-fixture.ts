/**
 * Satu Data records for the authorization matrix: made by OPD A's head through the API, as a
 * producer would, with the walidata's publication written straight to the table (the matrix
 * checks who may call a route, not the workflow, which datasets.test.ts covers).
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { as, type Session, type TestApp } from '../../testing/test-app.js';
import { CATALOGUE_COLUMNS } from './bulk.columns.js';
import { datasetInput } from './dataset.testing.js';

export interface OpendataFixture {
  /** OPD A's producer. */
  producer: string;
  /** A DRAFT of OPD A with a link and a confirmed table. */
  draft: string;
  /** A DRAFT of OPD A with a link, ready to be sent to the walidata. */
  toSubmit: string;
  /** A published, Terbuka dataset. */
  published: string;
  /** The draft's table: version 1 confirmed. */
  table: string;
  /** A catalogue workbook with one link dataset of this run, for the bulk import. */
  importWorkbook: Buffer;
}

const CSV = 'kecamatan,jumlah\nKlojen,12\nSukun,30\n';

/** A multipart form with one file in the part "file" and these text fields. */
export function fileForm(bytes: Buffer, fileName: string, fields: Record<string, string> = {}) {
  const boundary = `----satudata${Math.random().toString(16).slice(2)}`;
  const text = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(text.join('')),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

export const tableForm = () => fileForm(Buffer.from(CSV), 'tabel.csv', { name: 'Tabel' });

async function importWorkbook(name: string, producer: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Katalog');
  const row: Record<string, string> = {
    nama: name,
    judul: `Impor ${name}`,
    produsen: producer,
    lisensi: 'CC-BY-4.0',
    frekuensi: 'Tahunan',
    akses: 'Terbuka',
    tautan: 'https://data.example.go.id/impor.csv',
  };
  sheet.addRow(CATALOGUE_COLUMNS.map((c) => c.key));
  sheet.addRow(CATALOGUE_COLUMNS.map((c) => row[c.key] ?? ''));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function opendataFixture(t: TestApp, head: Session, opdA: string, run: number): Promise<OpendataFixture> {
  const call = async (method: 'POST' | 'PUT', url: string, payload: object | Buffer, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method, url, headers: { ...as(head), ...headers }, payload });
    if (res.statusCode >= 300) throw new Error(`opendata fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const { rows } = await sql<{ name: string }>`
    select name from od_producer where opd_id = ${opdA} and kind <> 'faskes' order by created_at limit 1`.execute(t.platform.db);
  const producer = rows[0]?.name as string;
  const dataset = async (name: string) => {
    await call('POST', '/api/opendata/datasets', datasetInput(name, producer));
    await call('POST', `/api/opendata/datasets/${name}/resources`, { name: 'Tautan', url: 'https://data.example.go.id/tabel.csv' });
    return name;
  };
  const draft = await dataset(`akses-draf-${run}`);
  const toSubmit = await dataset(`akses-kirim-${run}`);
  const published = await dataset(`akses-terbit-${run}`);
  const form = tableForm();
  const table = await call('POST', `/api/opendata/datasets/${draft}/resources`, form.payload, form.headers);
  await call('PUT', `/api/opendata/resources/${table.id}/versions/1/columns`, {
    columns: table.latestVersion.columns,
    keyColumns: table.latestVersion.keyColumns,
  });
  await sql`update od_dataset set status = 'DITAYANGKAN', published_at = now() where name = ${published}`.execute(t.platform.db);
  return { producer, draft, toSubmit, published, table: table.id, importWorkbook: await importWorkbook(`akses-impor-${run}`, producer) };
}
