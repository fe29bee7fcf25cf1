// @ts-check
// Renders the authorized area on the server from the visitor's consent cookie, with cap-consent/core (no DOM).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readConsentFromCookieHeader } from 'cap-consent/core';

const POLICY_VERSION = '2024-05';
const port = Number(process.env.PORT ?? 8873);
const script = readFileSync(createRequire(import.meta.url).resolve('cap-consent/dist/cap-consent.iife.js'));

/** @param {import('cap-consent/core').ConsentRecord | null} consent */
function renderPage(consent) {
  const statistics = consent?.statistics === true;
  const area = statistics
    ? '<section id="progress">Ваш прогресс: 3 из 10 уроков (rendered on the server).</section>'
    : '<p>Разрешите статистику, чтобы видеть прогресс.</p>';
  return `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <title>cap-consent: server-side rendering</title>
    <script src="/cap-consent.iife.js" defer></script>
  </head>
  <body>
    <h1>Server-side rendering</h1>
    <p id="consent-status">statistics: ${consent ? (statistics ? 'granted' : 'denied') : 'no decision'}</p>
    ${area}
    <cap-consent policy-version="${POLICY_VERSION}"></cap-consent>
    <footer><button type="button" data-cap-consent-open>Настройки cookie</button></footer>
    <script>
      // A new decision changes what the server renders: ask for the page again.
      document.addEventListener('cap-consent-change', (event) => {
        if (event.detail.reason !== 'restored') location.reload();
      });
    </script>
  </body>
</html>`;
}

createServer((request, response) => {
  if (request.url === '/cap-consent.iife.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(script);
    return;
  }
  const consent = readConsentFromCookieHeader(request.headers.cookie, { policyVersion: POLICY_VERSION });
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(renderPage(consent));
}).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
