import type { FastifyRequest } from 'fastify';
import secureJson from 'secure-json-parse';
import { HttpError } from '../http-error.js';

/**
 * Parses a JSON body whatever its declared type (the element posts JSON as
 * text/plain), refusing `__proto__` and `constructor.prototype` keys.
 */
export function parseJsonBody(
  _request: FastifyRequest,
  body: string | Buffer,
  done: (error: Error | null, value?: unknown) => void,
): void {
  try {
    done(null, secureJson.parse(body, undefined, { protoAction: 'error', constructorAction: 'error' }));
  } catch (error) {
    const poisoned = /prototype/i.test(String((error as Error).message));
    done(
      new HttpError(
        400,
        'bad_json',
        poisoned ? 'the body has a forbidden "__proto__" or "constructor.prototype" key' : 'the body is not valid JSON',
      ),
    );
  }
}
