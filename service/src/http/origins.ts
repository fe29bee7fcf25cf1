import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http-error.js';

interface OriginPattern {
  readonly scheme: string;
  /** `cap.kz` for `https://cap.kz`; `.cap.kz` for `https://*.cap.kz`. */
  readonly host: string;
  readonly anySubdomain: boolean;
}

function parsePattern(pattern: string): OriginPattern | undefined {
  const match = /^(https?:\/\/)(\*\.)?([^/*]+)\/?$/i.exec(pattern);
  if (!match) return undefined;
  const anySubdomain = match[2] !== undefined;
  return { scheme: match[1]!.toLowerCase(), host: (anySubdomain ? '.' : '') + match[3]!.toLowerCase(), anySubdomain };
}

/**
 * A test for `Origin` values against patterns such as `https://cap.kz` or
 * `https://*.cap.kz` (any subdomain at any depth, not the bare domain).
 */
export function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
  const parsed = patterns.map(parsePattern).filter((pattern) => pattern !== undefined);
  return (origin) => {
    const match = /^(https?:\/\/)([a-z0-9.-]+(:\d+)?)$/.exec(origin.toLowerCase());
    if (!match) return false;
    const [, scheme, host] = match as unknown as [string, string, string];
    return parsed.some((pattern) => {
      if (pattern.scheme !== scheme) return false;
      return pattern.anySubdomain ? host.endsWith(pattern.host) && !host.startsWith('.') : host === pattern.host;
    });
  };
}

/**
 * For the endpoints sites call from their pages: an allowed `Origin` is echoed,
 * any other gets no CORS headers and 403. No `Origin` (a server, curl) passes.
 */
export function siteCors(isAllowed: (origin: string) => boolean) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    reply.header('vary', 'Origin');
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (!isAllowed(origin)) {
      throw new HttpError(
        403,
        'origin_not_allowed',
        `pages of ${origin} may not use this endpoint (see ALLOWED_ORIGINS)`,
      );
    }
    reply.header('access-control-allow-origin', origin);
  };
}

/** Answers the CORS preflight of an allowed origin (a JSON POST, or a GET with If-None-Match). */
export function preflight(methods: string) {
  return async (_request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    reply
      .header('access-control-allow-methods', methods)
      .header('access-control-allow-headers', 'content-type, if-none-match')
      .header('access-control-max-age', '86400')
      .code(204)
      .send();
  };
}
