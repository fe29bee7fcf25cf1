import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './passwords.js';

export const ROLES = ['marketing', 'dpo', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** Who is asking. */
export interface Account {
  readonly login: string;
  readonly role: Role;
}

const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._@-]{0,63}$/;
const TOKEN_PREFIX = 'ccs_';

/** Session cookies and API tokens are stored only as this hash. */
function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export async function addAccount(db: Database, login: string, role: Role, password: string): Promise<void> {
  if (!LOGIN_PATTERN.test(login))
    throw new Error(`login ${JSON.stringify(login)}: use lower-case letters, digits and . _ @ -`);
  if (password.length < 8) throw new Error('the password must have at least 8 characters');
  const rows = await db.query(
    'insert into accounts (login, password_hash, role) values ($1, $2, $3) on conflict (login) do nothing returning login',
    [login, await hashPassword(password), role],
  );
  if (rows.length === 0) throw new Error(`the account ${login} already exists`);
}

/** The account when `password` is right, else null. */
export async function checkPassword(db: Database, login: string, password: string): Promise<Account | null> {
  const [row] = await db.query<{ login: string; role: Role; password_hash: string }>(
    'select login, role, password_hash from accounts where login = $1',
    [login],
  );
  const matches = await verifyPassword(password, row?.password_hash ?? DECOY_HASH);
  return row && matches ? { login: row.login, role: row.role } : null;
}

/** A new session for `account`; the cookie value is returned, only its hash stored. */
export async function openSession(db: Database, account: Account, hours: number): Promise<string> {
  const token = newSecret();
  await db.query(
    `insert into sessions (token_hash, login, expires_at) values ($1, $2, now() + make_interval(hours => $3))`,
    [tokenHash(token), account.login, hours],
  );
  return token;
}

export async function closeSession(db: Database, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1 or expires_at < now()', [tokenHash(token)]);
}

export async function sessionAccount(db: Database, token: string): Promise<Account | null> {
  const [row] = await db.query<Account>(
    `select a.login, a.role from sessions s join accounts a on a.login = s.login
     where s.token_hash = $1 and s.expires_at > now()`,
    [tokenHash(token)],
  );
  return row ?? null;
}

/** A new API token acting as `login`; printed once, only its hash stored. */
export async function addApiToken(db: Database, login: string, name: string): Promise<string> {
  const token = TOKEN_PREFIX + newSecret();
  const rows = await db.query(
    `insert into api_tokens (token_hash, login, name) select $1, login, $3 from accounts where login = $2 returning login`,
    [tokenHash(token), login, name],
  );
  if (rows.length === 0) throw new Error(`there is no account ${login}`);
  return token;
}

export async function tokenAccount(db: Database, token: string): Promise<Account | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db.query<Account>(
    'select a.login, a.role from api_tokens t join accounts a on a.login = t.login where t.token_hash = $1',
    [tokenHash(token)],
  );
  return row ?? null;
}
