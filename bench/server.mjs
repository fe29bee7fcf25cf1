import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { PIXEL_VARIANTS, pageFor } from './subjects.mjs';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
const SERVED = [
  '/dist/',
  '/node_modules/vanilla-cookieconsent/dist/',
  '/node_modules/klaro/dist/',
  '/bench/pixel.js',
  '/bench/floor.js',
];

/**
 * Serves the bench pages (/<subject>.html) and the files they load from the repository, uncompressed and never
 * cached, so every visit fetches what it needs; `/dist/` from `dist` (another build, for A/B checks). Resolves to
 * the running server.
 */
export function startServer({ root, port, subjects, dist = join(root, 'dist') }) {
  const pages = new Map([...subjects, ...PIXEL_VARIANTS].map((subject) => [`/${subject.name}.html`, pageFor(subject)]));
  pages.set('/blank.html', '<!doctype html><title>blank</title>');
  const configs = new Map(PIXEL_VARIANTS.map(({ pixels, config }) => [`/bench/consent-${pixels}.json`, config]));
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = { 'Cache-Control': 'no-store' };
    if (pages.has(path)) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      response.end(pages.get(path));
      return;
    }
    if (configs.has(path)) {
      response.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
      response.end(JSON.stringify(configs.get(path)));
      return;
    }
    const safe = normalize(path);
    if (!SERVED.some((prefix) => safe.startsWith(prefix))) {
      response.writeHead(404, headers).end();
      return;
    }
    try {
      const body = await readFile(
        safe.startsWith('/dist/') ? join(dist, safe.slice('/dist/'.length)) : join(root, safe),
      );
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(safe)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
