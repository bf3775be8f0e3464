import { describe, expect, it } from 'vitest';
import { AppError } from '../../../errors.js';
import { ckanErrorFor, ckanFailure, ckanRequestErrors, ckanSuccess, helpUrl } from './ckan.envelope.js';
import { ckanFieldName } from './ckan.package.js';
import { CkanParams, paramsFromQuery, parseFormBody, parseJsonBody } from './ckan.params.js';

const err = (kind: AppError['kind'], details: AppError['details'] = {}) => new AppError('x.y', kind, { id: 'Teks.', en: 'Text.' }, details);

describe('the CKAN envelope', () => {
  it('carries help, success and result', () => {
    const help = helpUrl('https://data.example.id', 'package_show');
    expect(help).toBe('https://data.example.id/api/3/action/help_show?name=package_show');
    expect(ckanSuccess(help, { a: 1 })).toEqual({ help, success: true, result: { a: 1 } });
    expect(ckanFailure(help, { __type: 'Not Found Error', message: 'Not found' })).toEqual({
      help,
      success: false,
      error: { __type: 'Not Found Error', message: 'Not found' },
    });
  });

  it('answers field problems as a Validation Error 409 with a list per field, in CKAN names', () => {
    const error = err('invalid', {
      fields: [
        { field: 'name', message: { id: 'sudah dipakai', en: 'That URL is already in use.' } },
        { field: 'licenseId', message: { id: 'tidak dikenal', en: 'is not a known licence' } },
        { field: 'name', message: { id: 'terlalu pendek', en: 'Must be at least 2 characters long' } },
        { field: 'contact.email', message: { id: 'bukan email', en: 'is not a valid email address' } },
      ],
    });
    const answer = ckanErrorFor(error, 'en', 'r1', ckanFieldName);
    expect(answer.status).toBe(409);
    expect(answer.error).toEqual({
      __type: 'Validation Error',
      name: ['That URL is already in use.', 'Must be at least 2 characters long'],
      license_id: ['is not a known licence'],
      maintainer_email: ['is not a valid email address'],
    });
  });

  it('keeps a conflict without fields as a Validation Error with a message', () => {
    expect(ckanErrorFor(err('conflict'), 'en', 'r1')).toMatchObject({ status: 409, error: { __type: 'Validation Error', message: 'Text.' } });
    expect(ckanErrorFor(err('unprocessable'), 'id', 'r1').error.message).toBe('Teks.');
  });

  it('answers a refusal, a bad token or no token as an Authorization Error 403 "Access denied: ..."', () => {
    for (const kind of ['forbidden', 'unauthenticated'] as const) {
      expect(ckanErrorFor(err(kind), 'en', 'r1')).toEqual({
        status: 403,
        error: { __type: 'Authorization Error', message: 'Access denied: Text.' },
        headers: {},
      });
    }
  });

  it('answers something missing as a Not Found Error 404 "Not found: ..."', () => {
    expect(ckanErrorFor(err('not_found'), 'id', 'r1')).toMatchObject({ status: 404, error: { __type: 'Not Found Error', message: 'Not found: Teks.' } });
  });

  it("answers an unknown action 400 with CKAN's words", () => {
    const answer = ckanErrorFor(ckanRequestErrors.unknownAction('package_shw'), 'en', 'r1');
    expect(answer).toMatchObject({ status: 400, error: { __type: 'Bad Request', message: 'Bad request - Action name not known: package_shw' } });
    expect(ckanErrorFor(ckanRequestErrors.postRequired('package_create'), 'en', 'r1').error.message).toMatch(
      /^Bad request - JSON Error: Invalid request\. Please use POST/,
    );
  });

  it('answers rate limits with Retry-After, body problems 400/413, and anything else 500 naming only the request id', () => {
    expect(ckanErrorFor(err('too_many', { retryAfterSeconds: 2.5 }), 'en', 'r1')).toMatchObject({ status: 429, headers: { 'retry-after': '3' } });
    expect(ckanErrorFor(Object.assign(new Error('Unexpected token'), { statusCode: 400 }), 'en', 'r1')).toMatchObject({
      status: 400,
      error: { __type: 'Bad Request' },
    });
    expect(ckanErrorFor(Object.assign(new Error('too big'), { statusCode: 413 }), 'en', 'r1').status).toBe(413);
    const crash = ckanErrorFor(new Error('connection refused at 10.0.0.5'), 'en', 'req-77');
    expect(crash.status).toBe(500);
    expect(crash.error.__type).toBe('Internal Server Error');
    expect(crash.error.message).toContain('req-77');
    expect(crash.error.message).not.toContain('10.0.0.5');
  });
});

describe('CKAN parameters', () => {
  it('reads numbers, booleans and lists sent as text in a query string', () => {
    const p = new CkanParams(paramsFromQuery({ rows: '20', include_private: 'True', 'facet.field': '["tags","organization"]', fields: 'a, b' }));
    expect(p.int('rows', { fallback: 10, max: 1000 })).toBe(20);
    expect(p.bool('include_private', false)).toBe(true);
    expect(p.stringList('facet.field')).toEqual(['tags', 'organization']);
    expect(p.stringList('fields')).toEqual(['a', 'b']);
  });

  it('reads the same typed from a JSON body', () => {
    const p = new CkanParams({ rows: 20, include_private: true, 'facet.field': ['tags'], filters: { tahun: 2024 } });
    expect(p.int('rows', { fallback: 10 })).toBe(20);
    expect(p.bool('include_private', false)).toBe(true);
    expect(p.stringList('facet.field')).toEqual(['tags']);
    expect(p.object('filters')).toEqual({ tahun: 2024 });
  });

  it('caps at the maximum quietly, as CKAN does, and names the parameter of a bad value', () => {
    const p = new CkanParams({ rows: '5000', start: '-1', limit: 'ten', include_private: 'maybe', filters: '{"a":', 'facet.field': '[1]' });
    expect(p.int('rows', { fallback: 10, max: 1000 })).toBe(1000);
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as AppError).details.fields?.[0].field;
      }
      return 'no error';
    };
    expect(fieldOf(() => p.int('start', { fallback: 0 }))).toBe('start');
    expect(fieldOf(() => p.int('limit', { fallback: 0 }))).toBe('limit');
    expect(fieldOf(() => p.bool('include_private', false))).toBe('include_private');
    expect(fieldOf(() => p.object('filters'))).toBe('filters');
    expect(fieldOf(() => p.stringList('facet.field'))).toBe('facet.field');
    expect(fieldOf(() => p.requiredString('id'))).toBe('id');
  });

  it('reads a form, repeated keys as a list, and JSON sent under a form content type (curl -d)', () => {
    expect(parseFormBody('id=abc&tags=a&tags=b')).toEqual({ id: 'abc', tags: ['a', 'b'] });
    expect(parseFormBody('{"name":"x&y=z"}')).toEqual({ name: 'x&y=z' });
    expect(parseFormBody(`${encodeURIComponent('{"name":"abc"}')}=`)).toEqual({ name: 'abc' });
  });

  it('refuses a body that is not a JSON object as a Bad Request', () => {
    expect(() => parseJsonBody('[1,2]')).toThrow(expect.objectContaining({ details: { ckanBadRequest: true } }));
    expect(() => parseJsonBody('{"a":')).toThrow(expect.objectContaining({ code: 'opendata.ckan_malformed_json' }));
    expect(parseJsonBody('')).toEqual({});
  });
});
