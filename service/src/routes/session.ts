import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkPassword, closeSession, openSession } from '../auth/accounts.js';
import { clientKey } from '../http/client-key.js';
import { HttpError } from '../http-error.js';
import { checkSameOrigin, requireRole, SESSION_COOKIE } from '../http/guard.js';
import { ROLES } from '../auth/accounts.js';
import type { RouteContext } from './route-context.js';

export async function sessionRoutes(app: FastifyInstance, { db, config }: RouteContext): Promise<void> {
  const cookieOptions = (request: FastifyRequest) =>
    ({ httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/' }) as const;

  app.post(
    '/v1/session',
    { config: { rateLimit: { max: config.loginRateLimit, timeWindow: 60_000, keyGenerator: clientKey } } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      checkSameOrigin(request, config.consoleOrigins);
      const { login, password } = (request.body ?? {}) as Record<string, unknown>;
      if (typeof login !== 'string' || typeof password !== 'string' || login.length > 64 || password.length > 1024) {
        throw new HttpError(400, 'bad_request', 'send {"login": "…", "password": "…"}');
      }
      const account = await checkPassword(db, login, password);
      if (!account) throw new HttpError(401, 'bad_credentials', 'wrong login or password');
      const token = await openSession(db, account, config.sessionHours);
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: config.sessionHours * 3600 });
      return account;
    },
  );

  app.get(
    '/v1/session',
    { preHandler: requireRole(db, config.consoleOrigins, ROLES) },
    async (request) => request.account,
  );

  app.delete('/v1/session', async (request, reply) => {
    checkSameOrigin(request, config.consoleOrigins);
    const token = request.cookies[SESSION_COOKIE];
    if (token) await closeSession(db, token);
    reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    return reply.code(204).send();
  });
}
