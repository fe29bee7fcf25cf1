import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error.js';
import { readDayRange } from '../http/day-range.js';
import { requireRole } from '../http/guard.js';
import { ROLES } from '../auth/accounts.js';
import type { RouteContext } from './route-context.js';

interface RollupRow {
  day: string;
  host: string;
  decisions: number;
  statistics: number;
  marketing: number;
  necessary_only: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

export async function reportRoutes(app: FastifyInstance, { db, config }: RouteContext): Promise<void> {
  app.get('/v1/report', { preHandler: requireRole(db, config.consoleOrigins, ROLES) }, async (request) => {
    const query = request.query as Record<string, unknown>;
    const { from, to } = readDayRange(query, 30);
    const host = query.host === undefined || query.host === '' ? null : query.host;
    if (host !== null && (typeof host !== 'string' || host.length > 255))
      throw new HttpError(400, 'bad_request', '"host" must be one host name');
    const rows = await db.query<RollupRow>(
      `select day::text as day, host, sum(decisions)::int as decisions, sum(statistics)::int as statistics,
              sum(marketing)::int as marketing, sum(necessary_only)::int as necessary_only
       from daily_rollup where day between $1::date and $2::date and ($3::text is null or host = $3)
       group by day, host order by day, host`,
      [from, to, host],
    );
    return {
      from,
      to,
      host,
      days: rows.map((row) => ({
        day: row.day,
        host: row.host,
        decisions: row.decisions,
        statistics: share(row.statistics, row.decisions),
        marketing: share(row.marketing, row.decisions),
        necessaryOnly: share(row.necessary_only, row.decisions),
      })),
    };
  });
}
