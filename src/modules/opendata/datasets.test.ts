import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink.js';
import { createTestApp, opdId, problemOf, type TestApp, userWithRole } from '../../testing/test-app.js';
import { addLinkResource, addUnconfirmedUpload, caller, datasetInput, drainOutbox, type Who } from './dataset.testing.js';
import { seedOpendata } from './opendata.seed.js';

describe.each(DATABASE_KINDS)('the catalogue and its workflow on %s', (kind) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let call: ReturnType<typeof caller>;
  let opDinkes: Who;
  let headDinkes: Who;
  let opDishub: Who;
  let walidata: Who;
  let warga: Who;
  let admin: Who;
  let dinkes: string;

  const subjects = (who: { email: string }) =>
    smtp.messages
      .filter((m) => m.to.includes(who.email))
      .map((m) => /^Subject: (.*)$/m.exec(m.raw.replace(/\r?\n(?=[ \t])/g, ''))?.[1] ?? '')
      .sort();

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp(kind, { env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://data.test' } });
    call = caller(t);
    dinkes = await opdId(t, 'DINKES');
    opDinkes = await userWithRole(t, 'operator_opd', dinkes);
    headDinkes = await userWithRole(t, 'kepala_opd', dinkes);
    opDishub = await userWithRole(t, 'operator_opd', await opdId(t, 'DISHUB'));
    walidata = await userWithRole(t, 'walidata');
    warga = await userWithRole(t, 'warga');
    admin = await userWithRole(t, 'admin');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('seeds a producer for every OPD and the topic groups, and adds nothing when run again', async () => {
    const producers = (await call('GET', '/api/opendata/producers', null)).json().items;
    const byName = new Map(producers.map((p: { name: string }) => [p.name, p]));
    expect(byName.get('dinkes')).toMatchObject({ title: 'Dinas Kesehatan', kind: 'opd', opdId: dinkes, datasetCount: 0 });
    expect(byName.get('kel-sukun')).toMatchObject({ title: 'Kelurahan Sukun', kind: 'kelurahan' });
    expect(byName.get('kec-sukun')).toMatchObject({ title: 'Kecamatan Sukun', kind: 'opd' });
    const groups = (await call('GET', '/api/opendata/groups', null)).json().items;
    expect(groups.map((g: { name: string }) => g.name).sort()).toEqual(
      [
        'ekonomi',
        'infrastruktur',
        'kependudukan',
        'kesehatan',
        'lingkungan-hidup',
        'pariwisata',
        'pemerintahan',
        'pendidikan',
        'sosial',
        'transportasi',
      ].sort(),
    );
    expect(groups.find((g: { name: string }) => g.name === 'lingkungan-hidup').title).toBe('Lingkungan Hidup');
    expect(await seedOpendata(t.platform.db)).toEqual({ producers: 0, groups: 0 });
    expect((await call('GET', '/api/opendata/producers', null)).json().items).toHaveLength(producers.length);
  });

  it('lists the licences, all real ones with their URLs', async () => {
    const licences = (await call('GET', '/api/opendata/licenses', null)).json().items;
    expect(licences.find((l: { id: string }) => l.id === 'CC-BY-4.0')).toEqual({
      id: 'CC-BY-4.0',
      title: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      openData: true,
    });
    expect(licences.map((l: { id: string }) => l.id)).toContain('ODbL-1.0');
  });

  it('lets the walidata add a producer and a group, and nobody else', async () => {
    const faskes = { name: 'puskesmas-dinoyo', title: 'Puskesmas Dinoyo', kind: 'faskes', opdId: dinkes, email: 'pkm.dinoyo@example.go.id' };
    expect((await call('POST', '/api/opendata/producers', opDinkes, faskes)).statusCode).toBe(403);
    const made = await call('POST', '/api/opendata/producers', walidata, faskes);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ name: 'puskesmas-dinoyo', kind: 'faskes', opdId: dinkes, datasetCount: 0 });
    expect(problemOf(await call('POST', '/api/opendata/producers', walidata, faskes)).code).toBe('opendata.producer_name_taken');
    const noOpd = await call('POST', '/api/opendata/producers', admin, { ...faskes, name: 'pkm-x', opdId: '00000000-0000-4000-8000-000000000000' });
    expect(problemOf(noOpd).code).toBe('opendata.producer_opd_not_found');
    expect((await call('POST', '/api/opendata/groups', warga, { name: 'olahraga', title: 'Olahraga' })).statusCode).toBe(403);
    expect((await call('POST', '/api/opendata/groups', admin, { name: 'olahraga', title: 'Olahraga' })).statusCode).toBe(201);
    expect((await call('GET', '/api/opendata/groups/olahraga', null)).json().title).toBe('Olahraga');
    expect((await call('GET', '/api/opendata/producers/puskesmas-dinoyo', null)).json().title).toBe('Puskesmas Dinoyo');
    expect((await call('GET', '/api/opendata/producers/tidak-ada', null)).statusCode).toBe(404);
  });

  it('checks the metadata field by field and names every field to correct', async () => {
    const malformed = await call(
      'POST',
      '/api/opendata/datasets',
      opDinkes,
      datasetInput('data-salah', 'dinkes', { region: { code: '357', name: 'Kota Malang' }, contact: { name: 'Seksi Data', email: 'bukan-email' } }),
    );
    expect(malformed.statusCode).toBe(400);
    expect((problemOf(malformed).errors ?? []).map((e) => e.field)).toEqual(expect.arrayContaining(['region.code', 'contact.email']));
    // The service checks the rules a schema cannot (and what CKAN clients send, with no schema in front).
    const bad = await call(
      'POST',
      '/api/opendata/datasets',
      opDinkes,
      datasetInput('data-salah', 'dinkes', { licenseId: 'GPL-3.0', temporalStart: '2024-12-31', temporalEnd: '2024-01-01' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(problemOf(bad)).toMatchObject({ code: 'opendata.dataset_invalid' });
    expect((problemOf(bad).errors ?? []).map((e) => e.field)).toEqual(['licenseId', 'temporalEnd']);
    const slug = await call('POST', '/api/opendata/datasets', opDinkes, datasetInput('Data Salah', 'dinkes'));
    expect(slug.statusCode).toBe(400);
    const unknownGroup = await call('POST', '/api/opendata/datasets', opDinkes, datasetInput('data-grup', 'dinkes', { groups: ['tidak-ada'] }));
    expect(problemOf(unknownGroup).errors?.[0].field).toBe('groups');
  });

  it('lets a producer create only for its own producer, and refuses a name already used', async () => {
    expect((await call('POST', '/api/opendata/datasets', null, datasetInput('data-anon', 'dinkes'))).statusCode).toBe(401);
    expect((await call('POST', '/api/opendata/datasets', warga, datasetInput('data-warga', 'dinkes'))).statusCode).toBe(403);
    expect((await call('POST', '/api/opendata/datasets', walidata, datasetInput('data-walidata', 'dinkes'))).statusCode).toBe(403);
    expect((await call('POST', '/api/opendata/datasets', opDishub, datasetInput('data-lain', 'dinkes'))).statusCode).toBe(403);
    expect(problemOf(await call('POST', '/api/opendata/datasets', opDinkes, datasetInput('data-x', 'tidak-ada'))).code).toBe('opendata.producer_not_found');
    const made = await call(
      'POST',
      '/api/opendata/datasets',
      opDinkes,
      datasetInput('imunisasi-dasar', 'dinkes', { title: 'Cakupan Imunisasi Dasar Lengkap' }),
    );
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      name: 'imunisasi-dasar',
      status: 'DRAFT',
      isPublic: false,
      producer: { name: 'dinkes', opdId: dinkes },
      licenseTitle: 'Creative Commons Attribution 4.0 International',
      region: { code: '3573', name: 'Kota Malang' },
      resources: [],
    });
    // A health facility's datasets are the Dinkes staff's to write.
    expect((await call('POST', '/api/opendata/datasets', headDinkes, datasetInput('kunjungan-pkm', 'puskesmas-dinoyo'))).statusCode).toBe(201);
    const again = await call('POST', '/api/opendata/datasets', opDinkes, datasetInput('imunisasi-dasar', 'dinkes'), { 'accept-language': 'en' });
    expect(again.statusCode).toBe(409);
    expect(problemOf(again)).toMatchObject({ code: 'opendata.dataset_name_taken', errors: [{ field: 'name' }] });
    expect(problemOf(again).detail).toContain('"imunisasi-dasar" is already used');
  });

  it('hides a draft from the public and from other OPDs (404), and lets only the producer edit', async () => {
    expect((await call('GET', '/api/opendata/datasets/imunisasi-dasar', null)).statusCode).toBe(404);
    expect((await call('GET', '/api/opendata/datasets/imunisasi-dasar', warga)).statusCode).toBe(404);
    expect((await call('GET', '/api/opendata/datasets/imunisasi-dasar', opDishub)).statusCode).toBe(404);
    expect((await call('PUT', '/api/opendata/datasets/imunisasi-dasar', opDishub, datasetInput('imunisasi-dasar', 'dinkes'))).statusCode).toBe(404);
    expect((await call('GET', '/api/opendata/datasets/imunisasi-dasar', walidata)).statusCode).toBe(200);
    expect((await call('GET', '/api/opendata/datasets/imunisasi-dasar', headDinkes)).json().title).toBe('Cakupan Imunisasi Dasar Lengkap');
    expect((await call('PUT', '/api/opendata/datasets/imunisasi-dasar', walidata, datasetInput('imunisasi-dasar', 'dinkes'))).statusCode).toBe(403);
  });

  it('refuses to submit a dataset without a resource or with unconfirmed columns, in either language', async () => {
    const id = await call('POST', '/api/opendata/datasets/imunisasi-dasar/submit', opDinkes, {}, { 'accept-language': 'id' });
    expect(id.statusCode).toBe(409);
    expect(problemOf(id)).toMatchObject({ code: 'opendata.submit_no_resource' });
    expect(problemOf(id).detail).toContain('belum memiliki sumber data');
    const en = await call('POST', '/api/opendata/datasets/imunisasi-dasar/submit', opDinkes, {}, { 'accept-language': 'en' });
    expect(problemOf(en).detail).toContain('has no resource');
    await addUnconfirmedUpload(t, 'imunisasi-dasar', 'Tabel imunisasi 2024');
    const unconfirmed = await call('POST', '/api/opendata/datasets/imunisasi-dasar/submit', opDinkes, {});
    expect(problemOf(unconfirmed).code).toBe('opendata.submit_unconfirmed');
    expect(problemOf(unconfirmed).detail).toContain('Tabel imunisasi 2024');
    await sql`update od_resource_version set confirmed_at = now()`.execute(t.platform.db);
    await addLinkResource(t, 'imunisasi-dasar');
  });

  it('takes a dataset through submit, reject with a comment, edit, submit, approve and publish', async () => {
    const step = (who: Who, action: string, payload: object = {}) => call('POST', `/api/opendata/datasets/imunisasi-dasar/${action}`, who, payload);
    expect((await step(walidata, 'approve')).statusCode).toBe(409);
    expect((await step(opDishub, 'submit')).statusCode).toBe(404);
    const submitted = await step(opDinkes, 'submit', { comment: 'Mohon diperiksa.' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('MENUNGGU_PERSETUJUAN');
    // While the walidata checks it, the metadata stays as sent.
    const locked = await call('PUT', '/api/opendata/datasets/imunisasi-dasar', opDinkes, datasetInput('imunisasi-dasar', 'dinkes'));
    expect(problemOf(locked).code).toBe('opendata.dataset_locked');
    expect((await step(opDinkes, 'approve')).statusCode).toBe(403);
    const noComment = await step(walidata, 'reject', { comment: '  ' });
    expect(noComment.statusCode).toBe(422);
    expect(problemOf(noComment).code).toBe('opendata.comment_required');
    expect((await call('POST', '/api/opendata/datasets/imunisasi-dasar/reject', walidata)).statusCode).toBe(422);
    const rejected = await step(walidata, 'reject', { comment: 'Definisi operasional belum diisi.' });
    expect(rejected.json().status).toBe('DITOLAK');
    const wrong = await step(walidata, 'publish');
    expect(wrong.statusCode).toBe(409);
    expect(problemOf(wrong).detail).toContain('DITOLAK');

    const edited = await call(
      'PUT',
      '/api/opendata/datasets/imunisasi-dasar',
      opDinkes,
      datasetInput('imunisasi-dasar', 'dinkes', {
        title: 'Cakupan Imunisasi Dasar Lengkap (IDL)',
        definition: 'Bayi usia 0-11 bulan yang mendapat imunisasi dasar lengkap.',
        groups: ['kesehatan'],
        tags: ['imunisasi', 'bayi'],
      }),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'DRAFT', groups: [{ name: 'kesehatan', title: 'Kesehatan' }], tags: ['imunisasi', 'bayi'] });
    expect((await step(opDinkes, 'submit')).json().status).toBe('MENUNGGU_PERSETUJUAN');
    expect((await step(walidata, 'approve')).json().status).toBe('DISETUJUI');
    expect((await call('GET', '/api/opendata/datasets/imunisasi-dasar', null)).statusCode).toBe(404);
    const published = await step(walidata, 'publish');
    expect(published.json()).toMatchObject({ status: 'DITAYANGKAN', isPublic: true });
    expect(published.json().publishedAt).toEqual(expect.any(String));

    const seen = await call('GET', '/api/opendata/datasets/imunisasi-dasar', null);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().resources).toEqual(expect.any(Array));
    expect((await call('GET', '/api/opendata/producers/dinkes', null)).json().datasetCount).toBe(1);
    // Published, the public sees it but only its producer may change it.
    expect((await call('PUT', '/api/opendata/datasets/imunisasi-dasar', opDishub, datasetInput('imunisasi-dasar', 'dinkes'))).statusCode).toBe(403);
  });

  it('keeps the review history append-only, for those who see inside', async () => {
    const res = await call('GET', '/api/opendata/datasets/imunisasi-dasar/reviews', headDinkes);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((r: { action: string; toStatus: string }) => `${r.action}:${r.toStatus}`)).toEqual([
      'submit:MENUNGGU_PERSETUJUAN',
      'reject:DITOLAK',
      'edit:DRAFT',
      'submit:MENUNGGU_PERSETUJUAN',
      'approve:DISETUJUI',
      'publish:DITAYANGKAN',
    ]);
    expect(res.json().items[1]).toMatchObject({ comment: 'Definisi operasional belum diisi.', actorName: 'Test walidata', fromStatus: 'MENUNGGU_PERSETUJUAN' });
    expect((await call('GET', '/api/opendata/datasets/imunisasi-dasar/reviews', warga)).statusCode).toBe(403);
    expect((await call('GET', '/api/opendata/datasets/imunisasi-dasar/reviews', opDishub)).statusCode).toBe(403);
    await expect(sql`update od_dataset_review set comment = 'diubah'`.execute(t.platform.db)).rejects.toThrow(/append-only/);
  });

  it('audits an edit with the metadata before and after', async () => {
    const { rows } = await sql<{ before: { title: string; status: string }; after: { title: string; status: string } }>`
      select before, after from audit_log where action = 'opendata.dataset.update' order by id`.execute(t.platform.db);
    expect(rows).toHaveLength(1);
    expect(rows[0].before).toMatchObject({ title: 'Cakupan Imunisasi Dasar Lengkap', status: 'DITOLAK' });
    expect(rows[0].after).toMatchObject({ title: 'Cakupan Imunisasi Dasar Lengkap (IDL)', status: 'DRAFT', groups: ['kesehatan'] });
    const steps = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_log where action like 'opendata.dataset.%' and record_type = 'od_dataset'`.execute(t.platform.db);
    // create x2 (two datasets), five steps, one edit.
    expect(steps.rows[0].n).toBe(2 + 5 + 1);
  });

  it('patches single fields and unpublishes only with a reason', async () => {
    const patched = await call('PATCH', '/api/opendata/datasets/imunisasi-dasar', opDinkes, { unit: 'persen', presentationLevel: 'Kecamatan' });
    expect(patched.json()).toMatchObject({
      unit: 'persen',
      presentationLevel: 'Kecamatan',
      status: 'DITAYANGKAN',
      title: 'Cakupan Imunisasi Dasar Lengkap (IDL)',
    });
    expect((await call('POST', '/api/opendata/datasets/imunisasi-dasar/unpublish', walidata, {})).statusCode).toBe(422);
    const down = await call('POST', '/api/opendata/datasets/imunisasi-dasar/unpublish', walidata, { comment: 'Angka sedang dikoreksi.' });
    expect(down.json()).toMatchObject({ status: 'TIDAK_DITAYANGKAN', isPublic: false });
    expect((await call('GET', '/api/opendata/datasets/imunisasi-dasar', null)).statusCode).toBe(404);
    expect((await call('POST', '/api/opendata/datasets/imunisasi-dasar/publish', walidata, {})).json().status).toBe('DITAYANGKAN');
  });

  it('mails the walidata on submit and the producer\u2019s staff on the walidata\u2019s decisions', async () => {
    await drainOutbox(t);
    expect(subjects(walidata)).toEqual([
      '[Satu Data] Dataset menunggu persetujuan: Cakupan Imunisasi Dasar Lengkap',
      '[Satu Data] Dataset menunggu persetujuan: Cakupan Imunisasi Dasar Lengkap (IDL)',
    ]);
    const staff = subjects(opDinkes);
    expect(staff).toContain('[Satu Data] Dataset ditolak: Cakupan Imunisasi Dasar Lengkap');
    expect(staff).toContain('[Satu Data] Dataset disetujui: Cakupan Imunisasi Dasar Lengkap (IDL)');
    expect(staff.filter((s) => s.startsWith('[Satu Data] Dataset ditayangkan'))).toHaveLength(2);
    expect(staff).toContain('[Satu Data] Dataset tidak ditayangkan: Cakupan Imunisasi Dasar Lengkap (IDL)');
    expect(subjects(headDinkes)).toEqual(staff);
    expect(subjects(opDishub)).toEqual([]);
    const rejection = smtp.messages.find((m) => m.to.includes(opDinkes.email) && m.raw.includes('ditolak'))?.raw.replace(/=\r?\n/g, '') ?? '';
    expect(rejection).toContain('Definisi operasional belum diisi.');
    expect(rejection).toContain('http://data.test/konsol/data/dataset/imunisasi-dasar');
    const waiting = smtp.messages.find((m) => m.to.includes(walidata.email))?.raw.replace(/=\r?\n/g, '') ?? '';
    expect(waiting).toContain('http://data.test/konsol/data/verifikasi/');
  });

  it('shows the walidata a queue of what waits for them', async () => {
    await call('POST', '/api/opendata/datasets/kunjungan-pkm/submit', opDinkes, {}).then(async (r) => {
      expect(r.statusCode).toBe(409);
      await addLinkResource(t, 'kunjungan-pkm');
      expect((await call('POST', '/api/opendata/datasets/kunjungan-pkm/submit', opDinkes, {})).statusCode).toBe(200);
    });
    const queue = await call('GET', '/api/opendata/queue', walidata);
    expect(queue.json().items.map((d: { name: string; status: string }) => `${d.name}:${d.status}`)).toEqual(['kunjungan-pkm:MENUNGGU_PERSETUJUAN']);
    expect((await call('GET', '/api/opendata/queue', opDinkes)).statusCode).toBe(403);
    expect((await call('POST', '/api/opendata/datasets/kunjungan-pkm/cancel', opDinkes, {})).json().status).toBe('DIBATALKAN');
    expect((await call('GET', '/api/opendata/queue', walidata)).json().items).toEqual([]);
    expect((await call('POST', '/api/opendata/datasets/kunjungan-pkm/reopen', headDinkes, {})).json().status).toBe('DRAFT');
  });
});
