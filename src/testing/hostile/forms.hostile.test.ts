/**
 * Hostile forms: Open311's form-encoded POST (with api_key, attribute[CODE] fields, bytes that are
 * not UTF-8) and the multipart complaint form (broken structure, odd field names, files that are
 * not photos, and file names that try to climb out of the upload folder). No 5xx, no partial
 * record, and nothing written anywhere but DATA_DIR/uploads under names of our own making.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALUN_ALUN } from '../../modules/complaints/complaints.testing.js';
import { createTokensService, createUsersService } from '../../modules/org/index.js';
import { systemContext } from '../../platform/context.js';
import { DATABASE_KINDS } from '../databases.js';
import { createTestApp, type TestApp } from '../test-app.js';
import {
  acceptLanguage,
  delta,
  expectHandled,
  expectOpen311Handled,
  filePartHead,
  filesUnder,
  headersOf,
  hostileText,
  hostileValue,
  type Ledger,
  ledger,
  nextIp,
  PATH_TRICKS,
  PHOTO_KEY,
  percent,
  percentBytes,
  type RawPart,
  rawMultipart,
  runs,
  uploadsOf,
  urlPiece,
} from './hostile.support.js';

const OPEN311_FIELDS = ['api_key', 'service_code', 'lat', 'long', 'address_string', 'address_id', 'email', 'description', 'media_url', 'first_name', 'phone'];

/** Names of top-level entries in the folders an escaping file name would land in. */
function escapeTargets(): string[] {
  const dirs = [os.tmpdir(), process.cwd(), '/etc'];
  return dirs.flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => /bk-hostile|passwd|htaccess|^con\.jpg$/i.test(name)) : []));
}

describe.each(DATABASE_KINDS)('hostile forms on %s', (kind) => {
  let t: TestApp;
  let writeKey: string;
  let jpeg: Buffer;
  const filedDelta = (photos: number): Partial<Ledger> => ({
    complaint: 1,
    complaint_event: 1,
    audit_log: 1,
    outbox: 1,
    // Each photo is an original, a public copy and a thumbnail, each with its content-type sidecar.
    ...(photos > 0 ? { complaint_photo: photos, files: photos * 6 } : {}),
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const user = await createUsersService(t.platform).create(
      systemContext(),
      { email: 'form.hostile@test.balaikota.localhost', name: 'Aplikasi formulir', roles: [{ role: 'warga', opdId: null }] },
      { asSystem: true },
    );
    writeKey = (await createTokensService(t.platform).create(systemContext(), { userId: user.id, name: 'Open311', scopes: ['write'] }, { asSystem: true }))
      .token;
    jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3060a0' } })
      .jpeg()
      .toBuffer();
  });
  afterAll(() => t.close());

  it('answers any form-encoded Open311 post with Open311 errors or a whole filing', async () => {
    let accepted = 0;
    const value = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom('<key>', 'JALAN', '-7.9826', '112.6308', 'Jl. Kawi 1', 'Retak memanjang di Jl. Kawi, dekat sekolah.') },
      { weight: 2, arbitrary: urlPiece },
      { weight: 1, arbitrary: hostileText(200).map(percent) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 30 }).map(percentBytes) },
    );
    const name = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...OPEN311_FIELDS) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('attribute[JENIS]', 'attribute[]', 'attribute[a][b]', 'attribute[JENIS][]', '__proto__', 'constructor[prototype][x]'),
      },
      { weight: 1, arbitrary: urlPiece },
    );
    // A sensible base most of the time, so that some posts get through to the filing.
    const base = fc
      .boolean()
      .map((on) => (on ? ['api_key=<key>', 'service_code=JALAN', 'lat=-7.9826', 'long=112.6308', 'description=Jalan%20retak%20panjang'] : []));
    const form = fc
      .tuple(base, fc.array(fc.tuple(name, value), { maxLength: 8 }))
      .map(([start, pairs]) => [...start, ...pairs.map(([n, v]) => `${n}=${v}`)].join('&').replaceAll('<key>', writeKey));
    const rawBytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 5, arbitrary: form }, { weight: 1, arbitrary: rawBytes }),
        fc.constantFrom('json', 'xml'),
        acceptLanguage,
        async (body, format, language) => {
          const before = await ledger(t);
          const res = await t.app.inject({
            method: 'POST',
            url: `/open311/v2/requests.${format}`,
            remoteAddress: nextIp(),
            headers: headersOf({ 'content-type': 'application/x-www-form-urlencoded', 'accept-language': language.header }),
            payload: body,
          });
          expectOpen311Handled(res, format as 'json' | 'xml');
          const moved = delta(before, await ledger(t));
          if (res.statusCode >= 400) {
            expect(moved, res.body).toEqual({});
            return;
          }
          accepted++;
          expect(moved).toEqual(filedDelta(0));
        },
      ),
      runs(150),
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('answers any multipart complaint form, however broken, with a problem or a whole filing', async () => {
    let accepted = 0;
    const data = fc.oneof(
      { weight: 3, arbitrary: fc.constant(JSON.stringify({ category: 'JALAN', description: 'Jalan berlubang, lihat foto terlampir.', location: ALUN_ALUN })) },
      { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify({ category: 'JALAN', description: v, location: ALUN_ALUN })) },
      { weight: 1, arbitrary: hostileText(200) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b).toString('latin1')) },
    );
    const content = fc.oneof(
      { weight: 3, arbitrary: fc.constant('<jpeg>') },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')) },
      { weight: 1, arbitrary: fc.constantFrom('', '%PDF-1.7\n%%EOF', '<svg onload="alert(1)"></svg>', 'GIF89a', '\u00ff\u00d8\u00ff\u00e0 terpotong') },
    );
    const part = fc.oneof(
      { weight: 3, arbitrary: fc.record({ field: fc.constantFrom('photos'), name: fc.constantFrom(...PATH_TRICKS, 'foto.jpg'), content }) },
      {
        weight: 1,
        arbitrary: fc.record({
          field: fc.oneof(fc.constantFrom('photos[]', 'data', 'Photos', ''), hostileText(20)),
          name: fc.constantFrom(...PATH_TRICKS),
          content,
        }),
      },
    );
    const request = fc.record({
      data: fc.option(data, { freq: 6, nil: undefined }),
      files: fc.array(part, { maxLength: 3 }),
      // Now and then the body stops short, or a part's headers are junk.
      truncate: fc.option(fc.nat(2000), { freq: 6, nil: undefined }),
      junkHead: fc.option(hostileText(80), { freq: 8, nil: undefined }),
      language: acceptLanguage,
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ data, files, truncate, junkHead, language }) => {
        const parts: RawPart[] = [];
        if (data !== undefined) parts.push({ head: 'Content-Disposition: form-data; name="data"', body: Buffer.from(data, 'latin1') });
        for (const f of files) {
          parts.push({ head: filePartHead(f.field, f.name), body: f.content === '<jpeg>' ? jpeg : Buffer.from(f.content, 'latin1') });
        }
        if (junkHead !== undefined) parts.push({ head: junkHead, body: 'x' });
        const outside = escapeTargets();
        const before = await ledger(t);
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/sambat/complaints',
          remoteAddress: nextIp(),
          ...(() => {
            const body = rawMultipart(parts, { truncate });
            return { payload: body.payload, headers: headersOf({ ...body.headers, 'accept-language': language.header }) };
          })(),
        });
        expectHandled(res, language.locale);
        expect(escapeTargets()).toEqual(outside);
        const moved = delta(before, await ledger(t));
        if (res.statusCode >= 400) {
          expect(moved, res.body).toEqual({});
          return;
        }
        accepted++;
        expect(moved).toEqual(filedDelta(moved.complaint_photo ?? 0));
      }),
      runs(120),
    );
    expect(accepted).toBeGreaterThan(0);
    const { rows } = await sql<{ key: string }>`
      select unnest(array[original_key, public_key, thumb_key]) as key from complaint_photo`.execute(t.platform.db);
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).toMatch(PHOTO_KEY);
  });

  it('stores a photo under a name of its own whatever file name it came with, and writes nowhere else', async () => {
    for (const name of PATH_TRICKS) {
      const outside = escapeTargets();
      const everything = filesUnder(t.config.dataDir);
      const before = await ledger(t);
      const body = rawMultipart([
        {
          head: 'Content-Disposition: form-data; name="data"',
          body: JSON.stringify({ category: 'JALAN', description: 'Jalan berlubang, lihat foto terlampir.', location: ALUN_ALUN }),
        },
        { head: filePartHead('photos', name), body: jpeg },
      ]);
      const res = await t.app.inject({ method: 'POST', url: '/api/sambat/complaints', remoteAddress: nextIp(), ...body });
      expectHandled(res);
      expect(res.statusCode, `${String(name).slice(0, 60)}: ${res.body}`).toBe(201);
      expect(delta(before, await ledger(t))).toEqual(filedDelta(1));
      // Every new file is under uploads/, and nothing appeared where the name pointed.
      const added = filesUnder(t.config.dataDir).filter((f) => !everything.includes(f));
      expect(added).toHaveLength(6);
      for (const file of added) expect(file.startsWith(`uploads${path.sep}`), file).toBe(true);
      expect(escapeTargets()).toEqual(outside);
      const detail = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${res.json().trackingNo}` });
      const [photo] = detail.json().complaint.photos;
      expect(photo.url).toMatch(/^\/api\/sambat\/photos\/[0-9a-f-]{36}$/);
      const keys = await sql<{ original_key: string }>`
        select original_key from complaint_photo where id = ${photo.id}`.execute(t.platform.db);
      expect(keys.rows[0].original_key).toMatch(PHOTO_KEY);
    }
    expect(filesUnder(uploadsOf(t)).every((f) => !/passwd|htaccess|bk-hostile|\.\./.test(f))).toBe(true);
  });
});
