import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error.js';
import { requireRole } from '../http/guard.js';
import { consentHistory } from '../receipts/receipt-store.js';
import type { RouteContext } from './route-context.js';

export async function consentRoutes(app: FastifyInstance, { db, config }: RouteContext): Promise<void> {
  app.get<{ Params: { consentId: string } }>(
    '/v1/consents/:consentId',
    { preHandler: requireRole(db, config.consoleOrigins, ['dpo', 'admin']) },
    async (request) => {
      const { consentId } = request.params;
      if (!/^[0-9a-f]{32}$/.test(consentId))
        throw new HttpError(400, 'bad_request', 'a consent id has 32 hexadecimal digits');
      const decisions = await consentHistory(db, consentId);
      if (decisions.length === 0) throw new HttpError(404, 'not_found', `no receipt for the consent id ${consentId}`);
      return { consentId, decisions };
    },
  );
}
