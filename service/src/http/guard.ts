import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionAccount, tokenAccount, type Account, type Role } from '../auth/accounts.js';
import type { Database } from '../db/database.js';
import { HttpError } from '../http-error.js';

export const SESSION_COOKIE = 'cap_consent_session';

declare module 'fastify' {
  interface FastifyRequest {
    account?: Account;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request a browser sent from another origin than the
 * service's own (or a configured console origin). Requests without `Origin`
 * come from scripts, not from a page, and pass.
 */
export function checkSameOrigin(request: FastifyRequest, consoleOrigins: readonly string[]): void {
  const origin = request.headers.origin;
  if (SAFE_METHODS.has(request.method) || origin === undefined) return;
  if (origin === `${request.protocol}://${request.host}` || consoleOrigins.includes(origin)) return;
  throw new HttpError(403, 'bad_origin', `a request from ${origin} may not change anything here`);
}

/** A preHandler letting through only an account with one of `roles` (session cookie or Bearer token). */
export function requireRole(db: Database, consoleOrigins: readonly string[], roles: readonly Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = request.cookies[SESSION_COOKIE];
    const account = bearer ? await tokenAccount(db, bearer) : cookie ? await sessionAccount(db, cookie) : null;
    if (!account) throw new HttpError(401, 'unauthenticated', 'log in (POST /v1/session) or send an API token');
    if (!roles.includes(account.role)) {
      throw new HttpError(
        403,
        'forbidden',
        `this needs the role ${roles.join(' or ')}; ${account.login} is ${account.role}`,
      );
    }
    // A Bearer token is never sent by the browser on its own, so only cookie sessions need the origin check.
    if (!bearer) checkSameOrigin(request, consoleOrigins);
    request.account = account;
  };
}
