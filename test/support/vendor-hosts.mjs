// The vendors' own host names (mc.yandex.ru, www.googletagmanager.com, …) served by the test run: an
// HTTPS server with a throwaway self-signed certificate answers for them with the stand-in tags in
// test/fixtures/vendors/<host>/<path> and counts every request (tags and hits). Chromium reaches it
// through --host-resolver-rules; Firefox through a proxy auto-config that sends these hosts to a
// small CONNECT proxy in front of the same server. Both browsers accept the certificate
// (acceptInsecureCerts): it is valid nowhere else.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VENDOR_HOSTS = [
  'mc.yandex.ru',
  'www.googletagmanager.com',
  'www.google-analytics.com',
  'top-fwz1.mail.ru',
  'connect.facebook.net',
  'www.facebook.com',
];

const FIXTURES = fileURLToPath(new URL('../fixtures/vendors/', import.meta.url));

/** A throwaway TLS certificate for `hosts`; the browsers are told to accept it. Also used by the console's tests. */
export function throwawayCertificate(hosts = VENDOR_HOSTS) {
  const dir = mkdtempSync(join(tmpdir(), 'cap-consent-vendors-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=cap-consent vendor stand-ins',
        '-addext',
        `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Requests the vendor hosts received, by browser family and `host/path?query`. */
export const vendorRequests = new Map();

const browserFamily = (userAgent = '') => (/firefox/i.test(userAgent) ? 'firefox' : 'chromium');

function serve(request, response) {
  const host = (request.headers.host ?? '').split(':')[0];
  const url = `${host}${request.url}`;
  const key = `${browserFamily(request.headers['user-agent'])} ${url}`;
  vendorRequests.set(key, (vendorRequests.get(key) ?? 0) + 1);
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('cache-control', 'no-store');
  let body;
  try {
    body = VENDOR_HOSTS.includes(host)
      ? readFileSync(join(FIXTURES, host, new URL(request.url, 'https://x').pathname))
      : null;
  } catch {
    body = null;
  }
  if (body) {
    response.setHeader('content-type', 'text/javascript');
    response.end(body);
  } else {
    // Hits (beacons) have no body.
    response.statusCode = 204;
    response.end();
  }
}

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

/** Starts the stand-in vendor server and the proxy; returns the browser settings that reach them. */
export async function startVendorHosts() {
  const tls = createHttpsServer(throwawayCertificate(), serve);
  const tlsPort = await listen(tls);
  const proxy = createHttpServer((request, response) => {
    response.statusCode = 405;
    response.end();
  });
  proxy.on('connect', (request, client, head) => {
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const proxyPort = await listen(proxy);
  const pac = `function FindProxyForURL(url, host) { return ${JSON.stringify(VENDOR_HOSTS)}.indexOf(host) >= 0 ? "PROXY 127.0.0.1:${proxyPort}" : "DIRECT"; }`;
  for (const server of [tls, proxy]) server.unref();
  return {
    chromiumHostRules: VENDOR_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${tlsPort}`),
    firefoxPrefs: {
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(pac)}`,
    },
  };
}
