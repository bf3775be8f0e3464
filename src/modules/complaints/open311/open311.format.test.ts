import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../errors.js';
import {
  attributesOf,
  errorsFor,
  formatOfUrl,
  isoInZone,
  open311Status,
  parseIsoDate,
  render,
  serviceNotice,
  splitFormat,
  updateStatusOf,
} from './open311.format.js';

const parser = new XMLParser({ parseTagValue: false });

describe('Open311 datetimes', () => {
  it('writes an instant in the city time with its offset', () => {
    expect(isoInZone(new Date('2026-11-22T12:05:00Z'), 'Asia/Jakarta')).toBe('2026-11-22T19:05:00+07:00');
    // Past midnight in Malang while still the previous day in UTC.
    expect(isoInZone(new Date('2026-12-31T17:30:09.999Z'), 'Asia/Jakarta')).toBe('2027-01-01T00:30:09+07:00');
    expect(isoInZone(new Date('2026-11-22T12:05:00Z'), 'UTC')).toBe('2026-11-22T12:05:00+00:00');
    expect(isoInZone(new Date('2026-11-22T12:05:00Z'), 'America/St_Johns')).toBe('2026-11-22T08:35:00-03:30');
  });

  it('reads ISO 8601 with a zone, with the "+" a query string turned into a space, and without a zone as city time', () => {
    const instant = '2026-11-22T12:05:00.000Z';
    expect(parseIsoDate('2026-11-22T19:05:00+07:00', 'Asia/Jakarta')?.at.toISOString()).toBe(instant);
    expect(parseIsoDate('2026-11-22T19:05:00 07:00', 'Asia/Jakarta')?.at.toISOString()).toBe(instant);
    expect(parseIsoDate('2026-11-22T12:05:00Z', 'Asia/Jakarta')?.at.toISOString()).toBe(instant);
    expect(parseIsoDate('2026-11-22T19:05', 'Asia/Jakarta')?.at.toISOString()).toBe(instant);
    expect(parseIsoDate('2026-11-22', 'Asia/Jakarta')).toEqual({ at: new Date('2026-11-21T17:00:00Z'), dateOnly: true });
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['2026-11-31', '2026-13-01', '22/11/2026', '2026-11-22T25:00:00Z', 'yesterday', '2026-11-22T19:05:00+99:00']) {
      expect(parseIsoDate(bad, 'Asia/Jakarta'), bad).toBeNull();
    }
  });
});

describe('Open311 statuses', () => {
  it('is closed once finished or rejected, open at every other stage', () => {
    expect(open311Status('closed')).toBe('closed');
    expect(open311Status('rejected')).toBe('closed');
    for (const s of ['submitted', 'postponed', 'dispositioned', 'accepted', 'in_progress', 'responded', 'returned', 'reopened'] as const) {
      expect(open311Status(s)).toBe('open');
    }
  });

  it('maps each step of the lifecycle to the update extension statuses', () => {
    const step = (type: string, from: string | null, to: string | null, data: Record<string, unknown> = {}) =>
      updateStatusOf({ type, from_status: from, to_status: to, data });
    expect(step('submitted', null, 'submitted')).toBe('OPEN');
    expect(step('postponed', 'submitted', 'postponed')).toBe('INVESTIGATING');
    expect(step('verified', 'submitted', 'dispositioned')).toBe('OPEN');
    expect(step('verified', 'returned', 'dispositioned')).toBe('INTERNAL_REFERRAL');
    expect(step('redispositioned', 'accepted', 'dispositioned')).toBe('INTERNAL_REFERRAL');
    expect(step('accepted', 'dispositioned', 'accepted')).toBe('OPEN');
    expect(step('in_progress', 'accepted', 'in_progress')).toBe('IN_PROGRESS');
    expect(step('responded', 'in_progress', 'responded')).toBe('FIXED');
    expect(step('rejected', 'submitted', 'rejected', { reason: 'duplicate' })).toBe('DUPLICATE');
    expect(step('rejected', 'submitted', 'rejected', { reason: 'bukan_wewenang' })).toBe('NOT_COUNCILS_RESPONSIBILITY');
    expect(step('rejected', 'submitted', 'rejected', { reason: 'spam' })).toBe('NO_FURTHER_ACTION');
    expect(step('confirmed', 'responded', 'closed')).toBe('CLOSED');
    expect(step('auto_closed', 'responded', 'closed')).toBe('CLOSED');
    expect(step('reopened', 'responded', 'reopened')).toBe('REOPEN');
    expect(step('reporter_reply', null, null)).toBeNull();
  });

  it('tells the time to an answer in working days, in the language asked for', () => {
    expect(serviceNotice({ verifyDays: 3, respondDays: 5 }, false, 'en')).toMatch(/verified within 3 working days.*within 5 working days/);
    expect(serviceNotice({ verifyDays: 3, respondDays: 5 }, false, 'id')).toMatch(/3 hari kerja.*5 hari kerja/);
    expect(serviceNotice({ verifyDays: 3, respondDays: 7 }, true, 'en')).toMatch(/straight to the responsible OPD.*7 working days/);
  });
});

describe('Open311 bodies', () => {
  it('takes the format from the suffix', () => {
    expect(splitFormat('SBT-2026-000123.json')).toEqual({ id: 'SBT-2026-000123', format: 'json' });
    expect(splitFormat('JALAN.XML')).toEqual({ id: 'JALAN', format: 'xml' });
    expect(splitFormat('JALAN')).toBeNull();
    expect(splitFormat('JALAN.yaml')).toBeNull();
    expect(splitFormat('.json')).toBeNull();
    expect(formatOfUrl('/open311/v2/requests.xml?status=open')).toBe('xml');
    expect(formatOfUrl('/open311/v2/nothing.yaml')).toBe('json');
  });

  it('renders JSON as the bare value and XML under its root with the declaration', () => {
    const services = [{ service_code: 'JALAN', metadata: false }];
    expect(JSON.parse(render('json', 'services', services))).toEqual(services);
    const xml = render('xml', 'services', services);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(parser.parse(xml).services.service).toEqual({ service_code: 'JALAN', metadata: 'false' });
  });

  it('escapes markup, drops characters XML cannot carry, and keeps empty lists and missing values as empty elements', () => {
    const xml = render('xml', 'service_requests', [
      { description: 'Got <b>mampet</b> & "bau"\u0001', lat: null, attributes: [], notes: [{ type: 'submitted' }, { type: 'verified' }] },
    ]);
    expect(xml).toContain('Got &lt;b&gt;mampet&lt;/b&gt; &amp; &quot;bau&quot;</description>');
    expect(xml).not.toContain('\u0001');
    const request = parser.parse(xml).service_requests.request;
    expect(request.description).toBe('Got <b>mampet</b> & "bau"');
    expect(request.lat).toBe('');
    expect(request.attributes).toBe('');
    expect(request.notes.note).toEqual([{ type: 'submitted' }, { type: 'verified' }]);
  });

  it('reads attribute[CODE] pairs from a form, a repeated key as a list, and an attribute object from JSON', () => {
    expect(attributesOf({ service_code: 'X', 'attribute[UKURAN]': 'besar', 'attribute[JENIS][]': ['a', 'b'], 'attribute[JUMLAH]': 3 })).toEqual({
      UKURAN: 'besar',
      JENIS: 'a,b',
      JUMLAH: '3',
    });
    expect(attributesOf({ attribute: { UKURAN: 'kecil' } })).toEqual({ UKURAN: 'kecil' });
    expect(attributesOf({ attributes: 'not ours', 'attribute[]': 'x' })).toEqual({});
  });
});

describe('Open311 errors', () => {
  it('answers 403 for a missing key, 404 for the unknown, 400 for the rest, in the language asked for', () => {
    const forbidden = new AppError('x', 'forbidden', { id: 'Kunci salah.', en: 'Wrong key.' });
    expect(errorsFor(forbidden, 'en', 'r1')).toEqual({ status: 403, errors: [{ code: 403, description: 'Wrong key.' }] });
    expect(errorsFor(new AppError('x', 'unauthenticated', { id: 'a', en: 'b' }), 'id', 'r1').status).toBe(403);
    expect(errorsFor(new AppError('x', 'not_found', { id: 'Tidak ada.', en: 'None.' }), 'id', 'r1')).toEqual({
      status: 404,
      errors: [{ code: 404, description: 'Tidak ada.' }],
    });
    expect(errorsFor(new AppError('x', 'unprocessable', { id: 'a', en: 'Outside the city.' }), 'en', 'r1').status).toBe(400);
    expect(errorsFor(new AppError('x', 'conflict', { id: 'a', en: 'b' }), 'en', 'r1').status).toBe(400);
  });

  it('lists each field that failed validation as its own error', () => {
    const validation = Object.assign(new Error('bad'), {
      statusCode: 400,
      validationContext: 'body',
      validation: [
        { keyword: 'required', instancePath: '', params: { missingProperty: 'service_code' } },
        { keyword: 'maxLength', instancePath: '/description', params: { limit: 4000 } },
      ],
    });
    expect(errorsFor(validation, 'en', 'r1')).toEqual({
      status: 400,
      errors: [
        { code: 400, description: 'service_code is required' },
        { code: 400, description: 'description must be at most 4000 characters' },
      ],
    });
  });

  it('says nothing of a server failure but the request id', () => {
    const answer = errorsFor(new Error('connection to 10.0.0.5 refused: password authentication failed'), 'en', 'req-42');
    expect(answer.status).toBe(500);
    expect(answer.errors[0].description).toContain('req-42');
    expect(answer.errors[0].description).not.toContain('10.0.0.5');
  });
});
