import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { AppError } from '../../../errors.js';
import { configRefusal } from '../../../testing/config-refusal.js';
import { filedReply, HELP_REPLY, parseSms, signBody, verifySignature } from './sms.text.js';

describe('reading an SMS', () => {
  it.each([
    ['SAMBAT Lampu jalan mati di Jl. Ijen depan no. 25', 'Lampu jalan mati di Jl. Ijen depan no. 25'],
    ['sambat   sampah menumpuk di pasar', 'sampah menumpuk di pasar'],
    ['  Sambat\nSaluran air\n\nmampet di Sawojajar  ', 'Saluran air mampet di Sawojajar'],
    ['SAMBAT: jalan berlubang di Jl. Soekarno-Hatta', 'jalan berlubang di Jl. Soekarno-Hatta'],
  ])('files "%s" with the content after the keyword', (text, content) => {
    expect(parseSms(text)).toEqual({ kind: 'complaint', content });
  });

  it.each([['halo'], [''], ['SAMBAT'], ['SAMBAT   '], ['SAMBAT pendek'], ['SAMBATAN jalan rusak parah sekali'], ['Tolong SAMBAT jalan rusak parah']])(
    'answers "%s" with the format',
    (text) => {
      expect(parseSms(text)).toEqual({ kind: 'help' });
    },
  );

  it('keeps at most the 4000 characters a complaint description holds', () => {
    const parsed = parseSms(`SAMBAT ${'a'.repeat(5000)}`);
    expect(parsed.kind === 'complaint' && parsed.content.length).toBe(4000);
  });

  it('shows the format with an example that is itself a valid message', () => {
    expect(HELP_REPLY).toBe('Format: SAMBAT <isi aduan>. Contoh: SAMBAT Lampu jalan mati di Jl. Ijen depan no. 25');
    expect(parseSms(HELP_REPLY.split('Contoh: ')[1]).kind).toBe('complaint');
  });
});

describe('the receipt', () => {
  it('names the tracking number and the page to follow it, in one SMS', () => {
    const text = filedReply('https://sambat.malangkota.go.id', 'SBT-2026-000123');
    expect(text).toBe('Aduan Anda diterima dengan nomor SBT-2026-000123. Lacak di https://sambat.malangkota.go.id/lacak/SBT-2026-000123');
    expect(text.length).toBeLessThanOrEqual(160);
  });

  it('shortens its wording before it would need a second SMS', () => {
    const url = `https://${'a'.repeat(70)}.go.id`;
    const text = filedReply(url, 'SBT-2026-000123');
    expect(text).toBe(`Aduan diterima: SBT-2026-000123. Lacak di ${url}/lacak/SBT-2026-000123`);
    expect(text.length).toBeLessThanOrEqual(160);
  });
});

describe("the gateway's signature", () => {
  const secret = 'rahasia-gateway-sms-kota-malang-2026';
  const body = Buffer.from('{"id":"m1","from":"+6281234567890","text":"halo"}');
  const now = new Date('2026-11-23T03:00:00Z');
  const at = (date: Date) => String(Math.floor(date.getTime() / 1000));
  const codeOf = (run: () => void) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).code;
    }
    return 'accepted';
  };

  it('accepts the HMAC of the timestamp and raw body within five minutes either side', () => {
    expect(codeOf(() => verifySignature(secret, { signature: signBody(secret, at(now), body), timestamp: at(now) }, body, now))).toBe('accepted');
    const early = new Date(now.getTime() - 299_000);
    expect(codeOf(() => verifySignature(secret, { signature: signBody(secret, at(early), body), timestamp: at(early) }, body, now))).toBe('accepted');
    // Hex in capitals is the same signature.
    expect(codeOf(() => verifySignature(secret, { signature: signBody(secret, at(now), body).toUpperCase(), timestamp: at(now) }, body, now))).toBe('accepted');
  });

  it('refuses another key, a changed body, a missing header, and an old or future timestamp', () => {
    const ok = { signature: signBody(secret, at(now), body), timestamp: at(now) };
    expect(codeOf(() => verifySignature(secret, { ...ok, signature: signBody('another-key-another-key-another-key', at(now), body) }, body, now))).toBe(
      'sms.bad_signature',
    );
    expect(codeOf(() => verifySignature(secret, ok, Buffer.from(`${body} `), now))).toBe('sms.bad_signature');
    expect(codeOf(() => verifySignature(secret, { ...ok, signature: undefined }, body, now))).toBe('sms.bad_signature');
    expect(codeOf(() => verifySignature(secret, { ...ok, signature: signBody(secret, at(now), body).slice(7) }, body, now))).toBe('sms.bad_signature');
    expect(codeOf(() => verifySignature(secret, { ...ok, timestamp: at(new Date(now.getTime() - 301_000)) }, body, now))).toBe('sms.stale_request');
    expect(codeOf(() => verifySignature(secret, { ...ok, timestamp: at(new Date(now.getTime() + 301_000)) }, body, now))).toBe('sms.stale_request');
    expect(codeOf(() => verifySignature(secret, { ...ok, timestamp: undefined }, body, now))).toBe('sms.stale_request');
    expect(codeOf(() => verifySignature(secret, { ...ok, timestamp: '2026-11-23T03:00:00Z' }, body, now))).toBe('sms.stale_request');
    // A valid signature moved to another timestamp (a replay) does not match.
    expect(codeOf(() => verifySignature(secret, { ...ok, timestamp: at(new Date(now.getTime() + 60_000)) }, body, now))).toBe('sms.bad_signature');
  });
});

describe('SMS settings', () => {
  const refusal = configRefusal;

  it('is off by default and files into LAINNYA', () => {
    expect(loadConfig({}).sms).toEqual({
      webhookSecret: undefined,
      gatewayUrl: undefined,
      gatewayToken: undefined,
      defaultCategory: 'LAINNYA',
      defaultPlace: undefined,
    });
  });

  it('refuses a short key without repeating it, a gateway that is not http(s), and a malformed place code', () => {
    const short = refusal({ SMS_WEBHOOK_SECRET: 'pendek-sekali' });
    expect(short).toMatch(/^SMS_WEBHOOK_SECRET: must be at least 32 characters/);
    expect(short).not.toContain('pendek-sekali');
    expect(refusal({ SMS_GATEWAY_URL: 'ftp://gateway' })).toMatch(/^SMS_GATEWAY_URL: must start with http: or https:/);
    expect(refusal({ SMS_DEFAULT_PLACE: 'Pasar Besar' })).toMatch(/^SMS_DEFAULT_PLACE: must be a QR place code/);
    expect(refusal({ SMS_DEFAULT_CATEGORY: 'lain lain' })).toMatch(/^SMS_DEFAULT_CATEGORY: /);
  });
});
