import type { ReportRow } from '../api/consent-service.js';

/** One day's decisions and the shares (0..1) that granted statistics, marketing, or only the necessary. */
export interface DailyRates {
  readonly day: string;
  readonly decisions: number;
  readonly statistics: number;
  readonly marketing: number;
  readonly necessaryOnly: number;
}

/** Shares of several rows combined, each row weighted by its number of decisions. */
function combine(day: string, rows: readonly ReportRow[]): DailyRates {
  const decisions = rows.reduce((sum, row) => sum + row.decisions, 0);
  const share = (key: 'statistics' | 'marketing' | 'necessaryOnly'): number =>
    decisions === 0 ? 0 : rows.reduce((sum, row) => sum + row[key] * row.decisions, 0) / decisions;
  return {
    day,
    decisions,
    statistics: share('statistics'),
    marketing: share('marketing'),
    necessaryOnly: share('necessaryOnly'),
  };
}

/** The report's per-host rows folded into one row per day (all sites together), oldest first. */
export function dailyRates(rows: readonly ReportRow[]): DailyRates[] {
  const byDay = new Map<string, ReportRow[]>();
  for (const row of rows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
  return [...byDay.keys()].sort().map((day) => combine(day, byDay.get(day) ?? []));
}

/** The whole period as one row. */
export function periodRates(rows: readonly ReportRow[]): DailyRates {
  return combine('', rows);
}
