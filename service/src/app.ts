import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { ServiceConfig } from './config.js';
import { isDatabaseUnavailable, type Database } from './db/database.js';
import { HttpError } from './http-error.js';
import { consentRoutes } from './routes/consents.js';
import { healthRoutes } from './routes/health.js';
import { receiptRoutes } from './routes/receipts.js';
import { reportRoutes } from './routes/report.js';
import { sessionRoutes } from './routes/session.js';
import { siteRoutes } from './routes/sites.js';

const CODES_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** The HTTP service over `db`; not yet listening. */
export async function buildApp(db: Database, config: ServiceConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    // Handlers answer errors as { error, message }; no stack ever leaves the process.
    return503OnClosing: true,
  });

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ error: 'database_unavailable', message: 'the database cannot be reached; retry later' });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500 || status < 400) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ error: 'internal', message: 'internal error' });
    }
    if (error instanceof HttpError)
      return reply.code(status).send({ error: error.code, message: error.message, ...error.extra });
    return reply.code(status).send({ error: CODES_BY_STATUS[status] ?? 'bad_request', message: error.message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no ${request.method} ${request.url.split('?')[0]}` }),
  );

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', `too many requests; retry in ${context.after}`),
  });

  const context = { db, config };
  await app.register(healthRoutes, context);
  await app.register(receiptRoutes, context);
  await app.register(consentRoutes, context);
  await app.register(reportRoutes, context);
  await app.register(siteRoutes, context);
  await app.register(sessionRoutes, context);
  if (existsSync(config.consoleDir)) await app.register(consoleRoutes, { root: config.consoleDir });
  return app;
}

/** The operator console's static files at /console/, deep links answered with its index.html. */
async function consoleRoutes(app: FastifyInstance, { root }: { root: string }): Promise<void> {
  await app.register(fastifyStatic, { root, prefix: '/console/', wildcard: false });
  app.get('/console', (_request, reply) => reply.redirect('/console/'));
  app.get('/console/*', (_request, reply) => reply.sendFile('index.html'));
}
