import { passwordOf } from './service-process.mjs';

/** The service's API from a script (no browser): sign in as an account and publish, as an operator's tool would. */
export async function apiSession(origin, login) {
  const response = await fetch(`${origin}/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: passwordOf(login) }),
  });
  if (!response.ok) throw new Error(`sign-in as ${login}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie').split(';')[0];
  const call = async (method, path, body) => {
    const answer = await fetch(`${origin}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
    return answer.status === 204 ? null : answer.json();
  };
  return {
    publish: (site, config, comment = 'test setup') =>
      call('PUT', `/v1/sites/${site}/consent.json?comment=${encodeURIComponent(comment)}`, config),
    history: (site) => call('GET', `/v1/sites/${site}/history`).then((answer) => answer.versions),
  };
}

/** Posts a receipt the way the element does (text/plain from a page of `pageUrl`'s origin). */
export async function postReceipt(origin, receipt) {
  const response = await fetch(`${origin}/v1/receipts`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', origin: new URL(receipt.pageUrl).origin },
    body: JSON.stringify(receipt),
  });
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`receipt: ${response.status} ${await response.text()}`);
}

/** A site's pixels as the tests start them: Metrika and GA4, both on. */
export const TWO_PIXELS = {
  pixels: [
    { id: 'metrika-main', category: 'statistics', enabled: true, preset: 'yandex-metrika', counter: '12345678' },
    { id: 'ga4-main', category: 'statistics', enabled: true, preset: 'ga4', measurementId: 'G-ABC123XYZ' },
  ],
};
