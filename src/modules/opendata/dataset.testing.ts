/** Helpers shared by the catalogue's module tests: a dataset's metadata, resources written straight to the database, the workflow run through the API. */
import { sql } from 'kysely';
import { as, type Session, type TestApp } from '../../testing/test-app.js';

export type Who = Session & { email: string };

/** Metadata a producer would send, with the given fields changed. */
export function datasetInput(name: string, producer: string, changes: Record<string, unknown> = {}) {
  return {
    name,
    title: `Dataset ${name}`,
    notes: 'Data sektoral untuk pengujian.',
    producer,
    licenseId: 'CC-BY-4.0',
    tags: ['uji'],
    groups: [],
    frequency: 'tahunan',
    accessLevel: 'terbuka',
    region: { code: '3573', name: 'Kota Malang' },
    temporalStart: '2024-01-01',
    temporalEnd: '2024-12-31',
    ...changes,
  };
}

export function caller(t: TestApp) {
  return (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: Session | null, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...(who ? as(who) : {}), ...headers }, ...(payload ? { payload } : {}) });
}

/**
 * A link resource written straight into the database, so that these tests do not depend on the
 * resource routes: what a producer adds before sending a dataset to the walidata.
 */
export async function addLinkResource(t: TestApp, datasetName: string, format = 'CSV'): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into od_resource (dataset_id, name, kind, url, format)
    select id, ${`Tautan ${format}`}, 'link', 'https://data.example.go.id/file', ${format} from od_dataset where name = ${datasetName}
    returning id`.execute(t.platform.db);
  return rows[0].id;
}

/** An uploaded table whose latest version's columns are not yet confirmed. */
export async function addUnconfirmedUpload(t: TestApp, datasetName: string, resourceName: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into od_resource (dataset_id, name, kind, format)
    select id, ${resourceName}, 'upload', 'CSV' from od_dataset where name = ${datasetName}
    returning id`.execute(t.platform.db);
  await sql`
    insert into od_resource_version (resource_id, version_no, file_key, file_name, media_type, bytes, sha256, row_count, columns)
    values (${rows[0].id}, 1, 'uji/1', 'data.csv', 'text/csv', 10, 'abc', 1, '[]')`.execute(t.platform.db);
  return rows[0].id;
}

/** Creates the dataset, gives it a link and takes it through submit, approve and publish. */
export async function publishDataset(t: TestApp, producer: Session, walidata: Session, input: ReturnType<typeof datasetInput>, format = 'CSV') {
  const call = caller(t);
  const created = await call('POST', '/api/opendata/datasets', producer, input);
  if (created.statusCode !== 201) throw new Error(`create ${input.name}: ${created.statusCode} ${created.body}`);
  await addLinkResource(t, input.name, format);
  for (const [who, action] of [
    [producer, 'submit'],
    [walidata, 'approve'],
    [walidata, 'publish'],
  ] as const) {
    const res = await call('POST', `/api/opendata/datasets/${input.name}/${action}`, who, {});
    if (res.statusCode !== 200) throw new Error(`${action} ${input.name}: ${res.statusCode} ${res.body}`);
  }
}

/** Delivers every outbox event now, as the worker would over time. */
export async function drainOutbox(t: TestApp): Promise<void> {
  await sql`update outbox set next_attempt_at = now() where status = 'pending'`.execute(t.platform.db);
  while ((await t.worker.runOnce()) > 0) {}
}
