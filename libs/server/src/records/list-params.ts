import { BadRequestException } from '@nestjs/common';

export type SortDirection = 'ASC' | 'DESC';

/** A list request in react-admin's simple-rest form, parsed and checked. */
export interface ListParams {
  sort?: [string, SortDirection];
  /** Inclusive start and end row, as react-admin sends them. */
  range: [number, number];
  filter: Record<string, unknown>;
}

/** The most rows one list request may ask for. */
export const MAX_PAGE_SIZE = 1000;

const ALLOWED_PARAMS = new Set(['sort', 'range', 'filter']);

function parseJson(name: string, raw: unknown): unknown {
  if (typeof raw !== 'string') throw new BadRequestException(`${name} must be given once, as JSON`);
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequestException(`${name} is not valid JSON`);
  }
}

function parseSort(raw: unknown): [string, SortDirection] {
  const value = parseJson('sort', raw);
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'string' ||
    (value[1] !== 'ASC' && value[1] !== 'DESC')
  ) {
    throw new BadRequestException('sort must be ["field","ASC"] or ["field","DESC"]');
  }
  return [value[0], value[1]];
}

function parseRange(raw: unknown): [number, number] {
  const value = parseJson('range', raw);
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((n) => Number.isSafeInteger(n) && n >= 0) ||
    value[1] < value[0]
  ) {
    throw new BadRequestException('range must be [start,end] with whole numbers 0 ≤ start ≤ end');
  }
  if (value[1] - value[0] + 1 > MAX_PAGE_SIZE) {
    throw new BadRequestException(`range may span at most ${MAX_PAGE_SIZE} rows`);
  }
  return [value[0], value[1]];
}

function parseFilter(raw: unknown): Record<string, unknown> {
  const value = parseJson('filter', raw);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BadRequestException('filter must be a JSON object');
  }
  return value as Record<string, unknown>;
}

export function parseListParams(query: Record<string, unknown>): ListParams {
  const unknown = Object.keys(query).filter((key) => !ALLOWED_PARAMS.has(key));
  if (unknown.length) {
    throw new BadRequestException(`unknown query parameter: ${unknown.join(', ')}`);
  }
  return {
    sort: query['sort'] === undefined ? undefined : parseSort(query['sort']),
    range: query['range'] === undefined ? [0, MAX_PAGE_SIZE - 1] : parseRange(query['range']),
    filter: query['filter'] === undefined ? {} : parseFilter(query['filter']),
  };
}
