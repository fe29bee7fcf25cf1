import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { clientKey } from '../http/client-key.js';
import { parseJsonBody } from '../http/json-body.js';
import { HttpError } from '../http-error.js';
import { dayAfter, readDayRange } from '../http/day-range.js';
import { originMatcher, preflight, siteCors } from '../http/origins.js';
import { requireRole } from '../http/guard.js';
import { retentionCutoff } from '../db/partitions.js';
import { checkReceiptBody } from '../receipts/receipt-body.js';
import { exportReceipts, type ExportFormat } from '../receipts/receipt-export.js';
import { storeReceipt } from '../receipts/receipt-store.js';
import type { RouteContext } from './route-context.js';

const RECEIPT_BYTES = 8 * 1024;
/** A receipt dated further ahead than this comes from a wrong clock, not from a decision. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export async function receiptRoutes(app: FastifyInstance, { db, config }: RouteContext): Promise<void> {
  const cors = siteCors(originMatcher(config.allowedOrigins));
  // The element sends text/plain (a CORS simple request, no preflight); the body is JSON all the same.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  app.addContentTypeParser(['text/plain', 'application/json'], { parseAs: 'string' }, parseJsonBody);

  app.options('/v1/receipts', { onRequest: cors }, preflight('POST'));

  app.post(
    '/v1/receipts',
    {
      bodyLimit: RECEIPT_BYTES,
      onRequest: cors,
      config:
        config.receiptRateLimit > 0
          ? { rateLimit: { max: config.receiptRateLimit, timeWindow: 60_000, keyGenerator: clientKey } }
          : {},
    },
    async (request, reply) => {
      const receipt = checkReceiptBody(request.body);
      if (typeof receipt === 'string') throw new HttpError(400, 'invalid_receipt', receipt);
      const decidedAt = Date.parse(receipt.timestamp);
      if (decidedAt > Date.now() + FUTURE_SLACK_MS)
        throw new HttpError(400, 'invalid_receipt', '"timestamp" is in the future');
      const cutoff = retentionCutoff(config.retentionMonths);
      if (cutoff && decidedAt < cutoff.getTime()) {
        throw new HttpError(400, 'invalid_receipt', '"timestamp" is older than the retention period');
      }
      const stored = await storeReceipt(db, receipt);
      return reply.code(stored ? 201 : 200).send({ status: stored ? 'stored' : 'duplicate' });
    },
  );

  app.get(
    '/v1/receipts/export',
    { preHandler: requireRole(db, config.consoleOrigins, ['dpo', 'admin']) },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const format = (query.format ?? 'csv') as ExportFormat;
      if (format !== 'csv' && format !== 'jsonl')
        throw new HttpError(400, 'bad_request', '"format" must be csv or jsonl');
      const range = readDayRange(query, 36_500);
      reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="receipts-${range.from}-${range.to}.${format}"`)
        .header('cache-control', 'no-store');
      return reply.send(Readable.from(exportReceipts(db, range.from, dayAfter(range.to), format)));
    },
  );
}
