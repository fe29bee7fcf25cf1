import { HttpError } from '../http-error.js';

export interface DayRange {
  /** First day, inclusive, YYYY-MM-DD (UTC). */
  readonly from: string;
  /** Last day, inclusive. */
  readonly to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function day(value: unknown, name: string, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  if (
    typeof value !== 'string' ||
    !DAY.test(value) ||
    Number.isNaN(Date.parse(value)) ||
    new Date(value).toISOString().slice(0, 10) !== value
  ) {
    throw new HttpError(400, 'bad_request', `"${name}" must be a date like 2026-05-31`);
  }
  return value;
}

/** `from` and `to` of a query, each a day; missing ones default to the `defaultDays` days ending today. */
export function readDayRange(query: Record<string, unknown>, defaultDays: number, now = new Date()): DayRange {
  const to = day(query.to, 'to', now.toISOString().slice(0, 10));
  const from = day(
    query.from,
    'from',
    new Date(Date.parse(to) - (defaultDays - 1) * DAY_MS).toISOString().slice(0, 10),
  );
  if (from > to) throw new HttpError(400, 'bad_request', '"from" is after "to"');
  return { from, to };
}

/** The instant after the last day of the range. */
export function dayAfter(day: string): string {
  return new Date(Date.parse(day) + DAY_MS).toISOString();
}
