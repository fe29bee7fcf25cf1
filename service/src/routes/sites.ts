import type { FastifyInstance, FastifyReply } from 'fastify';
import { parsePixelConfig } from 'cap-consent/core';
import { ROLES } from '../auth/accounts.js';
import { HttpError } from '../http-error.js';
import { requireRole } from '../http/guard.js';
import { originMatcher, preflight, siteCors } from '../http/origins.js';
import {
  type SiteVersion,
  configHistory,
  configVersion,
  listSites,
  publishConfig,
  publishedConfig,
} from '../sites/site-configs.js';
import type { RouteContext } from './route-context.js';

const SITE_PATTERN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const CONFIG_BYTES = 256 * 1024;

interface SiteParams {
  site: string;
}

function checkSite(site: string): string {
  if (!SITE_PATTERN.test(site))
    throw new HttpError(
      400,
      'bad_request',
      `"${site.slice(0, 100)}" is not a site name (a host name such as shop.cap.kz)`,
    );
  return site;
}

const etagOf = (version: number) => `"v${version}"`;

/** 201 with the new version's ETag and what was published (not the body: the client has it). */
function answerPublished(reply: FastifyReply, { site, version, author, comment, createdAt }: SiteVersion) {
  reply.header('etag', etagOf(version)).code(201);
  return { site, version, author, comment, createdAt };
}

function readComment(query: unknown): string {
  const comment = (query as { comment?: unknown }).comment ?? '';
  if (typeof comment !== 'string' || comment.length > 500)
    throw new HttpError(400, 'bad_request', '"comment" must be a text of at most 500 characters');
  return comment;
}

export async function siteRoutes(app: FastifyInstance, { db, config }: RouteContext): Promise<void> {
  const cors = siteCors(originMatcher(config.allowedOrigins));
  const editors = requireRole(db, config.consoleOrigins, ['marketing', 'admin']);
  const anyone = requireRole(db, config.consoleOrigins, ROLES);

  app.get('/v1/sites', { preHandler: anyone }, async () => ({ sites: await listSites(db) }));

  app.options('/v1/sites/:site/consent.json', { onRequest: cors }, preflight('GET'));

  app.get<{ Params: SiteParams }>('/v1/sites/:site/consent.json', { onRequest: cors }, async (request, reply) => {
    const published = await publishedConfig(db, checkSite(request.params.site));
    if (!published) throw new HttpError(404, 'not_found', `nothing is published for ${request.params.site}`);
    const etag = etagOf(published.version);
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(published.body);
  });

  app.put<{ Params: SiteParams }>(
    '/v1/sites/:site/consent.json',
    { preHandler: editors, bodyLimit: CONFIG_BYTES },
    async (request, reply) => {
      const site = checkSite(request.params.site);
      const comment = readComment(request.query);
      const { problems } = parsePixelConfig(request.body, `${site}/consent.json`);
      if (problems.length > 0) {
        throw new HttpError(422, 'invalid_config', problems.join('\n'), { problems });
      }
      const ifMatch = request.headers['if-match'];
      const expectedVersion =
        typeof ifMatch === 'string' ? Number(/^"v(\d+)"$/.exec(ifMatch)?.[1] ?? Number.NaN) : undefined;
      const published = await publishConfig(db, {
        site,
        body: JSON.stringify(request.body, null, 2),
        author: request.account!.login,
        comment,
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      });
      if (!published)
        throw new HttpError(
          412,
          'version_conflict',
          'another version was published meanwhile; reload and apply your change again',
        );
      return answerPublished(reply, published);
    },
  );

  app.get<{ Params: SiteParams }>('/v1/sites/:site/history', { preHandler: anyone }, async (request) => {
    const site = checkSite(request.params.site);
    const versions = await configHistory(db, site);
    if (versions.length === 0) throw new HttpError(404, 'not_found', `nothing is published for ${site}`);
    return { site, versions };
  });

  app.post<{ Params: SiteParams & { version: string } }>(
    '/v1/sites/:site/rollback/:version',
    { preHandler: editors },
    async (request, reply) => {
      const site = checkSite(request.params.site);
      const version = /^\d{1,9}$/.test(request.params.version) ? Number(request.params.version) : Number.NaN;
      const target = Number.isNaN(version) ? undefined : await configVersion(db, site, version);
      if (!target) throw new HttpError(404, 'not_found', `${site} has no version ${request.params.version}`);
      const comment = readComment(request.query) || `rollback to version ${version}`;
      const published = (await publishConfig(db, {
        site,
        body: target.body,
        author: request.account!.login,
        comment,
      }))!;
      return answerPublished(reply, published);
    },
  );
}
