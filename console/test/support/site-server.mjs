import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { throwawayCertificate } from '../../../test/support/vendor-hosts.mjs';

const ELEMENT_DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
/** Vendor hosts the test serves a stand-in tag for, over TLS (the presets load https URLs). */
export const VENDOR_HOSTS = ['mc.yandex.ru', 'www.googletagmanager.com'];

/** The shop page: the element from the root build, its pixels from the service's published consent.json. */
function shopPage(serviceOrigin, site) {
  return `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <title>Магазин cap.kz</title>
    <script type="module" src="/dist/cap-consent.js"></script>
  </head>
  <body>
    <main><h1>Магазин</h1><p>Тестовая страница магазина.</p></main>
    <cap-consent
      policy-version="2024-05"
      lang="ru"
      config-src="${serviceOrigin}/v1/sites/${site}/consent.json"
      receipt-url="${serviceOrigin}/v1/receipts"
    ></cap-consent>
  </body>
</html>`;
}

const send = (response, status, type, body) => {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
};

/**
 * Serves the page of a cap.kz site (any host mapped to `sitePort`) and a
 * stand-in for each vendor's tag (hosts mapped to `vendorPort`), counting
 * every request a vendor host receives (`vendorRequests` reads the count from a test process).
 */
export async function startSiteServer({ sitePort, vendorPort, serviceOrigin }) {
  const vendorRequests = [];
  const site = createHttpServer(async (request, response) => {
    const url = new URL(request.url, `http://${request.headers.host}`);
    if (url.pathname.startsWith('/dist/')) {
      const file = path.join(ELEMENT_DIST, path.normalize(url.pathname.slice('/dist/'.length)));
      if (!file.startsWith(ELEMENT_DIST)) return send(response, 404, 'text/plain', 'not found');
      return readFile(file).then(
        (body) => send(response, 200, 'text/javascript; charset=utf-8', body),
        () => send(response, 404, 'text/plain', 'not found'),
      );
    }
    if (url.pathname === '/__vendor-requests') {
      const count = vendorRequests.filter((request) => request.host === url.searchParams.get('host')).length;
      return send(response, 200, 'application/json', JSON.stringify({ count }));
    }
    const host = url.hostname;
    return send(response, 200, 'text/html; charset=utf-8', shopPage(serviceOrigin, host));
  });
  const vendors = createHttpsServer(throwawayCertificate(VENDOR_HOSTS), (request, response) => {
    vendorRequests.push({ host: request.headers.host, path: request.url });
    send(response, 200, 'text/javascript', `window.vendorTagRan = (window.vendorTagRan || 0) + 1;`);
  });
  await Promise.all([
    new Promise((resolve) => site.listen(sitePort, '127.0.0.1', resolve)),
    new Promise((resolve) => vendors.listen(vendorPort, '127.0.0.1', resolve)),
  ]);
  return {
    async stop() {
      site.closeAllConnections();
      vendors.closeAllConnections();
      await Promise.all([
        new Promise((resolve) => site.close(resolve)),
        new Promise((resolve) => vendors.close(resolve)),
      ]);
    },
  };
}

/** How many requests vendor `host` has received so far (the site server runs in the test runner's process). */
export async function vendorRequests(host, siteOrigin) {
  const response = await fetch(`${siteOrigin}/__vendor-requests?host=${encodeURIComponent(host)}`);
  return (await response.json()).count;
}
