import type { ServiceConfig } from '../config.js';
import type { Database } from '../db/database.js';

/** What every route module needs. */
export interface RouteContext {
  readonly db: Database;
  readonly config: ServiceConfig;
}
