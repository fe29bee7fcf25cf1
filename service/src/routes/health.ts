import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './route-context.js';

export async function healthRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await db.query('select 1');
      return { ready: true, engine: db.engine };
    } catch {
      return reply.code(503).send({
        ready: false,
        engine: db.engine,
        error: 'database_unavailable',
        message: 'the database cannot be reached',
      });
    }
  });
}
