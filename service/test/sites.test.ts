import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestService, type TestService } from './support/service.js';

let service: TestService;
let marketing: string;

before(async () => {
  service = await startTestService();
  marketing = await service.account('max', 'marketing');
});
after(() => service.close());

const metrika = {
  pixels: [{ id: 'ym', category: 'statistics', enabled: true, preset: 'yandex-metrika', counter: 12345678 }],
};
const withVk = {
  pixels: [
    ...metrika.pixels,
    { id: 'promo', category: 'marketing', enabled: false, src: 'https://cdn.example/promo.js' },
  ],
};

function put(site: string, body: unknown, query = '', headers: Record<string, string> = {}) {
  return service.request(`/v1/sites/${site}/consent.json${query}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${marketing}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe("marketing publishes a site's consent.json", () => {
  test('a valid config is published and served to pages with an ETag, 304 when unchanged', async () => {
    const published = await put('shop.cap.kz', metrika, '?comment=Metrika');
    assert.equal(published.status, 201);
    assert.deepEqual(
      { ...((await published.json()) as object), createdAt: undefined },
      { site: 'shop.cap.kz', version: 1, author: 'max', comment: 'Metrika', createdAt: undefined },
    );
    const served = await service.request('/v1/sites/shop.cap.kz/consent.json', {
      headers: { origin: 'https://shop.cap.kz' },
    });
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('etag'), '"v1"');
    assert.equal(served.headers.get('cache-control'), 'no-cache');
    assert.equal(served.headers.get('access-control-allow-origin'), 'https://shop.cap.kz');
    assert.deepEqual(await served.json(), metrika);
    const again = await service.request('/v1/sites/shop.cap.kz/consent.json', { headers: { 'if-none-match': '"v1"' } });
    assert.equal(again.status, 304);
    const foreign = await service.request('/v1/sites/shop.cap.kz/consent.json', {
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });

  test("a config the element's validator rejects is 422 with its messages, and nothing changes", async () => {
    const response = await put('shop.cap.kz', {
      pixels: [{ id: 'ym', category: 'ads', enabled: true, preset: 'yandex-metrika', counter: 1 }],
    });
    assert.equal(response.status, 422);
    const answer = (await response.json()) as { error: string; problems: string[] };
    assert.equal(answer.error, 'invalid_config');
    assert.ok(
      answer.problems.some((problem) => problem.includes('"category"')),
      answer.problems.join('\n'),
    );
    const notAConfig = await put('shop.cap.kz', ['pixels']);
    assert.equal(notAConfig.status, 422);
    const served = await service.request('/v1/sites/shop.cap.kz/consent.json');
    assert.equal(served.headers.get('etag'), '"v1"');
  });

  test('history lists versions newest first with author, comment and a diff; rollback publishes an old body anew', async () => {
    assert.equal((await put('lms.cap.kz', metrika, '?comment=first')).status, 201);
    assert.equal((await put('lms.cap.kz', withVk, '?comment=%D0%9F%D1%80%D0%BE%D0%BC%D0%BE')).status, 201);
    const history = await service.request('/v1/sites/lms.cap.kz/history', {
      headers: { authorization: `Bearer ${marketing}` },
    });
    const { versions } = (await history.json()) as {
      versions: Array<{ version: number; author: string; comment: string; diff: string }>;
    };
    assert.deepEqual(
      versions.map(({ version, author, comment }) => [version, author, comment]),
      [
        [2, 'max', 'Промо'],
        [1, 'max', 'first'],
      ],
    );
    assert.match(versions[0]!.diff, /^\+.*"promo"/m);
    assert.doesNotMatch(versions[0]!.diff, /^-.*"ym"/m);

    const rollback = await service.request('/v1/sites/lms.cap.kz/rollback/1', {
      method: 'POST',
      headers: { authorization: `Bearer ${marketing}` },
    });
    assert.equal(rollback.status, 201);
    assert.deepEqual(
      { ...((await rollback.json()) as object), createdAt: undefined },
      {
        site: 'lms.cap.kz',
        version: 3,
        author: 'max',
        comment: 'rollback to version 1',
        createdAt: undefined,
      },
    );
    assert.deepEqual(await (await service.request('/v1/sites/lms.cap.kz/consent.json')).json(), metrika);
    const missing = await service.request('/v1/sites/lms.cap.kz/rollback/9', {
      method: 'POST',
      headers: { authorization: `Bearer ${marketing}` },
    });
    assert.equal(missing.status, 404);
  });

  test('If-Match with a stale ETag is 412, so an edit never overwrites one published meanwhile', async () => {
    assert.equal((await put('news.cap.kz', metrika)).status, 201);
    assert.equal((await put('news.cap.kz', withVk, '', { 'if-match': '"v1"' })).status, 201);
    const stale = await put('news.cap.kz', metrika, '', { 'if-match': '"v1"' });
    assert.equal(stale.status, 412);
    assert.equal(((await stale.json()) as { error: string }).error, 'version_conflict');
  });

  test('the list of sites shows each newest version; unknown or malformed sites are 404 and 400', async () => {
    const list = await service.request('/v1/sites', { headers: { authorization: `Bearer ${marketing}` } });
    const { sites } = (await list.json()) as { sites: Array<{ site: string; version: number }> };
    assert.deepEqual(
      sites.map(({ site, version }) => [site, version]),
      [
        ['lms.cap.kz', 3],
        ['news.cap.kz', 2],
        ['shop.cap.kz', 1],
      ],
    );
    assert.equal((await service.request('/v1/sites/nothing.cap.kz/consent.json')).status, 404);
    assert.equal((await service.request('/v1/sites/Bad_Site!/consent.json')).status, 400);
  });
});
