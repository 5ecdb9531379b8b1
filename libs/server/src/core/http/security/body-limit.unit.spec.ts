import type { FastifyRequest } from 'fastify';
import { BodyError, parseJsonBody } from './body-limit';

const sent = (body: string, contentType = 'application/json') =>
  parseJsonBody({ headers: { 'content-type': contentType } } as FastifyRequest, Buffer.from(body));

const refusal = (body: string, contentType?: string) => {
  try {
    sent(body, contentType);
  } catch (error) {
    return error instanceof BodyError ? [error.statusCode, error.message] : error;
  }
  return 'accepted';
};

describe('a JSON body', () => {
  it('is read as an object or an array, in UTF-8', () => {
    expect(sent('{"title":"Møde"}')).toEqual({ title: 'Møde' });
    expect(sent('[1,2]', 'application/json; charset=UTF-8')).toEqual([1, 2]);
    expect(sent('{}', 'application/json;charset="utf8"')).toEqual({});
  });

  it('may be empty: a POST that needs no body may still say it sends JSON', () => {
    expect(sent('')).toEqual({});
    expect(sent('  \n')).toEqual({});
  });

  it('keeps a __proto__ key an ordinary key, for validation to refuse by name', () => {
    const body = sent('{"__proto__":{"isAdmin":true}}') as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('is refused with 400 when it is not JSON, or JSON that is not an object or array', () => {
    expect(refusal('{"title":')).toEqual([400, expect.stringContaining('not valid JSON')]);
    for (const value of ['null', '"x"', '1', 'true']) {
      expect(refusal(value)).toEqual([400, 'the body must be a JSON object or array']);
    }
  });

  it('is refused with 415 in any charset but UTF-8', () => {
    expect(refusal('{}', 'application/json; charset=latin1')).toEqual([
      415,
      'unsupported charset "LATIN1": send UTF-8',
    ]);
  });
});
