import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The service package's folder (dist/.. or src/..). */
export const SERVICE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Everything the service reads from its environment, checked once at start. */
export interface ServiceConfig {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL when set; otherwise PGlite in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** Origins whose pages may post receipts and read consent.json (`*.` for any subdomain). */
  readonly allowedOrigins: readonly string[];
  /** Origins besides the service's own that may change state with a session cookie (a console dev server). */
  readonly consoleOrigins: readonly string[];
  /** Whole months of receipts kept; 0 keeps everything. */
  readonly retentionMonths: number;
  /** Receipts per minute from one client address; 0 turns the limit off. */
  readonly receiptRateLimit: number;
  /** Login attempts per minute from one client address. */
  readonly loginRateLimit: number;
  readonly sessionHours: number;
  readonly trustProxy: boolean;
  readonly consoleDir: string;
  readonly poolSize: number;
  readonly logLevel: string;
  /** Processes sharing the port (PostgreSQL only): each is a stateless instance. */
  readonly workers: number;
}

export const DEFAULT_ALLOWED_ORIGINS = 'https://cap.kz,https://*.cap.kz';

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, not ${JSON.stringify(raw)}`);
  return Number(raw);
}

/** Reads the configuration; throws with the variable's name when one is malformed. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return {
    port: wholeNumber(env, 'PORT', 8080),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || path.join(SERVICE_DIR, '.data'),
    allowedOrigins: list(env.ALLOWED_ORIGINS ?? DEFAULT_ALLOWED_ORIGINS),
    consoleOrigins: list(env.CONSOLE_ORIGINS ?? ''),
    retentionMonths: wholeNumber(env, 'RETENTION_MONTHS', 0),
    receiptRateLimit: wholeNumber(env, 'RECEIPT_RATE_LIMIT', 1200),
    loginRateLimit: wholeNumber(env, 'LOGIN_RATE_LIMIT', 10),
    sessionHours: wholeNumber(env, 'SESSION_HOURS', 12),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    consoleDir: env.CONSOLE_DIR || path.resolve(SERVICE_DIR, '..', 'console', 'dist'),
    poolSize: wholeNumber(env, 'DB_POOL_SIZE', 10),
    logLevel: env.LOG_LEVEL || 'warn',
    workers: Math.max(1, wholeNumber(env, 'WORKERS', 1)),
  };
}
