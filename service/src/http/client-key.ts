import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** Rate limits key on a hash of the client's address, so not even memory holds the address itself. */
export function clientKey(request: FastifyRequest): string {
  return createHash('sha256').update(request.ip).digest('base64url').slice(0, 16);
}
