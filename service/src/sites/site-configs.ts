import { createTwoFilesPatch } from 'diff';
import type { Database } from '../db/database.js';

export interface SiteVersion {
  readonly site: string;
  readonly version: number;
  readonly body: string;
  readonly author: string;
  readonly comment: string;
  readonly createdAt: string;
}

interface SiteConfigRow {
  site: string;
  version: number;
  body: string;
  author: string;
  comment: string;
  created_at: Date;
}

const COLUMNS = 'site, version, body, author, comment, created_at';

function siteVersion(row: SiteConfigRow): SiteVersion {
  return {
    site: row.site,
    version: row.version,
    body: row.body,
    author: row.author,
    comment: row.comment,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The published (newest) version of `site`'s consent.json. */
export async function publishedConfig(db: Database, site: string): Promise<SiteVersion | undefined> {
  const [row] = await db.query<SiteConfigRow>(
    `select ${COLUMNS} from site_configs where site = $1 order by version desc limit 1`,
    [site],
  );
  return row && siteVersion(row);
}

export async function configVersion(db: Database, site: string, version: number): Promise<SiteVersion | undefined> {
  const [row] = await db.query<SiteConfigRow>(`select ${COLUMNS} from site_configs where site = $1 and version = $2`, [
    site,
    version,
  ]);
  return row && siteVersion(row);
}

/**
 * Publishes `body` as the next version of `site`. With `expectedVersion`, only
 * when that is still the newest (undefined when another author got there first).
 */
export async function publishConfig(
  db: Database,
  change: { site: string; body: string; author: string; comment: string; expectedVersion?: number },
): Promise<SiteVersion | undefined> {
  return db.transaction(async (tx) => {
    // Two authors publishing at once get consecutive versions instead of a key conflict.
    await tx.query(`select pg_advisory_xact_lock(hashtext('site_configs:' || $1))`, [change.site]);
    const [{ newest }] = (await tx.query<{ newest: number }>(
      'select coalesce(max(version), 0)::int as newest from site_configs where site = $1',
      [change.site],
    )) as [{ newest: number }];
    if (change.expectedVersion !== undefined && change.expectedVersion !== newest) return undefined;
    const [row] = await tx.query<SiteConfigRow>(
      `insert into site_configs (site, version, body, author, comment) values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
      [change.site, newest + 1, change.body, change.author, change.comment],
    );
    return siteVersion(row!);
  });
}

export interface SiteSummary {
  readonly site: string;
  readonly version: number;
  readonly author: string;
  readonly updatedAt: string;
}

export async function listSites(db: Database): Promise<SiteSummary[]> {
  const rows = await db.query<SiteConfigRow>(
    `select distinct on (site) ${COLUMNS} from site_configs order by site, version desc`,
  );
  return rows.map((row) => ({
    site: row.site,
    version: row.version,
    author: row.author,
    updatedAt: new Date(row.created_at).toISOString(),
  }));
}

export interface HistoryEntry extends Omit<SiteVersion, 'body' | 'site'> {
  /** Unified diff from the previous version (from an empty file for the first). */
  readonly diff: string;
}

/** Every version of `site`, newest first, each with its diff from the one before. */
export async function configHistory(db: Database, site: string): Promise<HistoryEntry[]> {
  const rows = await db.query<SiteConfigRow>(`select ${COLUMNS} from site_configs where site = $1 order by version`, [
    site,
  ]);
  const entries = rows.map((row, index) => {
    const before = index === 0 ? undefined : rows[index - 1]!;
    const { body: _body, site: _site, ...meta } = siteVersion(row);
    const diff = createTwoFilesPatch(
      before ? `consent.json v${before.version}` : '/dev/null',
      `consent.json v${row.version}`,
      before ? `${before.body}\n` : '',
      `${row.body}\n`,
    );
    return { ...meta, diff };
  });
  return entries.reverse();
}
