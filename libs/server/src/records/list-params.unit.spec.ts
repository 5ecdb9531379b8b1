import { BadRequestException } from '@nestjs/common';
import { MAX_PAGE_SIZE, parseListParams } from './list-params';

describe('list parameters in react-admin’s simple-rest form', () => {
  it('read sort, range and filter as JSON', () => {
    expect(
      parseListParams({
        sort: '["dueDate","DESC"]',
        range: '[25,49]',
        filter: '{"overdue":true}',
      }),
    ).toEqual({ sort: ['dueDate', 'DESC'], range: [25, 49], filter: { overdue: true } });
  });

  it('default to no sort, the first page of the largest size and no filter', () => {
    expect(parseListParams({})).toEqual({
      sort: undefined,
      range: [0, MAX_PAGE_SIZE - 1],
      filter: {},
    });
  });

  it.each([
    [{ page: '2' }, 'unknown query parameter: page'],
    [{ sort: '["id"]' }, 'sort must be ["field","ASC"] or ["field","DESC"]'],
    [{ sort: ['["id","ASC"]', '["id","ASC"]'] }, 'sort must be given once, as JSON'],
    [{ range: '[5,2]' }, 'range must be [start,end] with whole numbers 0 ≤ start ≤ end'],
    [{ range: '[0,1000]' }, `range may span at most ${MAX_PAGE_SIZE} rows`],
    [{ filter: '[1]' }, 'filter must be a JSON object'],
    [{ filter: '{' }, 'filter is not valid JSON'],
  ])('refuse %j with a 400 that names the problem', (query, message) => {
    const parse = () => parseListParams(query);
    expect(parse).toThrow(BadRequestException);
    expect(parse).toThrow(message);
  });
});
