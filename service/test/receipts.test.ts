import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dropExpiredPartitions } from '../src/db/partitions.js';
import { postReceipt, receipt } from './support/receipts.js';
import { startTestService, type TestService } from './support/service.js';

let service: TestService;
let dpo: string;

before(async () => {
  service = await startTestService();
  dpo = await service.account('dpo', 'dpo');
});
after(() => service.close());

const asDpo = () => ({ authorization: `Bearer ${dpo}` });

async function history(consentId: string) {
  const response = await service.request(`/v1/consents/${consentId}`, { headers: asDpo() });
  return { status: response.status, body: (await response.json()) as { decisions: Array<Record<string, unknown>> } };
}

describe('a site posts the receipt of a decision', () => {
  test('the first post stores it (201) and a repeat is acknowledged without a second copy (200)', async () => {
    const body = receipt();
    const first = await postReceipt(service.url, body);
    assert.equal(first.status, 201);
    assert.deepEqual(await first.json(), { status: 'stored' });
    const again = await postReceipt(service.url, body, { 'content-type': 'application/json' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { status: 'duplicate' });
    assert.equal((await history(String(body.consentId))).body.decisions.length, 1);
  });

  test("a DPO reads one visitor's decisions oldest first, with the page's host and path but no query", async () => {
    const consentId = receipt().consentId;
    const later = receipt({
      consentId,
      timestamp: '2026-06-02T10:00:00.000Z',
      decision: { necessary: true, statistics: false, marketing: false },
    });
    const earlier = receipt({
      consentId,
      timestamp: '2026-06-01T09:00:00.000Z',
      pageUrl: 'https://lms.cap.kz/courses/7?utm_source=x#top',
    });
    assert.equal((await postReceipt(service.url, later)).status, 201);
    assert.equal((await postReceipt(service.url, earlier)).status, 201);
    const { status, body } = await history(String(consentId));
    assert.equal(status, 200);
    assert.deepEqual(
      body.decisions.map((decision) => [decision.timestamp, decision.pageHost, decision.pagePath, decision.decision]),
      [
        [
          '2026-06-01T09:00:00.000Z',
          'lms.cap.kz',
          '/courses/7',
          { necessary: true, statistics: true, marketing: false },
        ],
        [
          '2026-06-02T10:00:00.000Z',
          'shop.cap.kz',
          '/courses/42',
          { necessary: true, statistics: false, marketing: false },
        ],
      ],
    );
    assert.equal(body.decisions[0]!.policyVersion, '2024-05');
    assert.ok(!JSON.stringify(body).includes('utm_source'));
  });

  test('an unknown consent id is 404 and a malformed one 400', async () => {
    assert.equal((await history('0'.repeat(32))).status, 404);
    assert.equal((await history('not-an-id')).status, 400);
  });

  test('no column can hold the address of the visitor', async () => {
    const columns = await service.db.query<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'receipts'",
    );
    assert.ok(columns.length > 5);
    assert.ok(
      columns.every(({ column_name }) => !/ip|addr|forwarded/i.test(column_name)),
      JSON.stringify(columns),
    );
  });
});

describe('a receipt is checked strictly', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    [
      'a string for a boolean',
      { decision: { necessary: true, statistics: 'true', marketing: false } },
      /"decision\.statistics" must be boolean/,
    ],
    [
      'necessary not true',
      { decision: { necessary: false, statistics: true, marketing: false } },
      /"decision\.necessary"/,
    ],
    ['a missing field', { language: undefined }, /lacks "language"/],
    ['an unknown field', { ip: '1.2.3.4' }, /unknown field "ip"/],
    ['a malformed consent id', { consentId: 'ABC' }, /"consentId" is malformed/],
    ['a number for the timestamp', { timestamp: 1764000000000 }, /"timestamp" must be string/],
    ['an impossible date', { timestamp: '2026-02-30T10:00:00.000Z' }, /"timestamp" is not a real date/],
    ['a date a week ahead', { timestamp: new Date(Date.now() + 7 * 86_400_000).toISOString() }, /in the future/],
    ['a page that is not http(s)', { pageUrl: 'javascript:alert(1)' }, /"pageUrl" is malformed/],
  ];
  for (const [name, overrides, message] of cases) {
    test(`${name}: 400 naming the field, nothing stored`, async () => {
      const body = receipt(overrides);
      const response = await postReceipt(service.url, body);
      assert.equal(response.status, 400);
      const answer = (await response.json()) as { error: string; message: string };
      assert.equal(answer.error, 'invalid_receipt');
      assert.match(answer.message, message);
      if (typeof body.consentId === 'string' && /^[0-9a-f]{32}$/.test(body.consentId)) {
        assert.equal((await history(body.consentId)).status, 404);
      }
    });
  }

  test('a body over 8 KiB is 413, another content type 415, broken JSON 400', async () => {
    const huge = await postReceipt(service.url, receipt({ userAgent: 'x'.repeat(9000) }));
    assert.equal(huge.status, 413);
    assert.equal(((await huge.json()) as { error: string }).error, 'too_large');
    const form = await postReceipt(service.url, 'a=b', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(form.status, 415);
    const broken = await postReceipt(service.url, '{"consentId":');
    assert.equal(broken.status, 400);
    assert.deepEqual(await broken.json(), { error: 'bad_json', message: 'the body is not valid JSON' });
    const poisoned = await postReceipt(
      service.url,
      `{"__proto__":{"admin":true},${JSON.stringify(receipt()).slice(1)}`,
    );
    assert.equal(poisoned.status, 400);
    assert.match(((await poisoned.json()) as { message: string }).message, /__proto__/);
  });
});

describe('CORS: only the allowed origins', () => {
  test('a cap.kz subdomain is echoed; another origin gets 403 and no CORS header', async () => {
    const allowed = await postReceipt(service.url, receipt(), { origin: 'https://lms.cap.kz' });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://lms.cap.kz');
    for (const origin of [
      'https://evil.example',
      'https://notcap.kz',
      'http://shop.cap.kz',
      'null',
      'https://cap.kz.evil.example',
    ]) {
      const body = receipt();
      const refused = await postReceipt(service.url, body, { origin });
      assert.equal(refused.status, 403, origin);
      assert.equal(refused.headers.get('access-control-allow-origin'), null, origin);
      assert.equal((await history(String(body.consentId))).status, 404, origin);
    }
  });

  test('the preflight of a JSON post from an allowed origin is answered', async () => {
    const response = await service.request('/v1/receipts', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://cap.kz',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://cap.kz');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
  });
});

describe('reports and exports', () => {
  test('the report counts a receipt as soon as it is stored, and a duplicate not again', async () => {
    const day = '2026-03-15';
    const host = 'report.cap.kz';
    const choices = [
      { statistics: true, marketing: true },
      { statistics: true, marketing: false },
      { statistics: false, marketing: false },
      { statistics: false, marketing: false },
    ];
    for (const [index, choice] of choices.entries()) {
      const body = receipt({
        timestamp: `${day}T0${index}:00:00.000Z`,
        pageUrl: `https://${host}/`,
        decision: { necessary: true, ...choice },
      });
      assert.equal((await postReceipt(service.url, body)).status, 201);
      if (index === 0) assert.equal((await postReceipt(service.url, body)).status, 200);
    }
    const response = await service.request(`/v1/report?from=${day}&to=${day}&host=${host}`, { headers: asDpo() });
    assert.equal(response.status, 200);
    assert.deepEqual(((await response.json()) as { days: unknown[] }).days, [
      { day, host, decisions: 4, statistics: 0.5, marketing: 0.25, necessaryOnly: 0.5 },
    ]);
  });

  test('the export streams every receipt of the range once, as CSV or JSON lines', async () => {
    const day = '2025-07-04';
    const count = 2345; // more than one page of the export's keyset reading
    const bodies = Array.from({ length: count }, (_, index) =>
      receipt({
        timestamp: new Date(Date.parse(`${day}T00:00:00Z`) + index * 1000).toISOString(),
        userAgent: index === 0 ? '=cmd|"calc"' : 'UA, with comma',
      }),
    );
    for (let start = 0; start < count; start += 50) {
      const statuses = await Promise.all(
        bodies.slice(start, start + 50).map(async (body) => (await postReceipt(service.url, body)).status),
      );
      assert.ok(statuses.every((status) => status === 201));
    }
    const jsonl = await service.request(`/v1/receipts/export?from=${day}&to=${day}&format=jsonl`, { headers: asDpo() });
    assert.equal(jsonl.status, 200);
    assert.match(jsonl.headers.get('content-type') ?? '', /ndjson/);
    const lines = (await jsonl.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { consentId: string });
    assert.equal(lines.length, count);
    assert.deepEqual(new Set(lines.map((line) => line.consentId)), new Set(bodies.map((body) => body.consentId)));

    const csv = await service.request(`/v1/receipts/export?from=${day}&to=${day}&format=csv`, { headers: asDpo() });
    const rows = (await csv.text()).trimEnd().split('\r\n');
    assert.equal(rows.length, count + 1);
    assert.match(rows[0]!, /^consent_id,timestamp,statistics,marketing/);
    assert.ok(rows[1]!.includes(`"'=cmd|""calc"""`), rows[1]);
    assert.ok(rows[2]!.includes('"UA, with comma"'));
  });

  test('a bad range or format is 400', async () => {
    for (const query of ['from=2026-13-01', 'from=2026-05-02&to=2026-05-01', 'format=xml']) {
      const response = await service.request(`/v1/receipts/export?${query}`, { headers: asDpo() });
      assert.equal(response.status, 400, query);
    }
  });
});

describe('partitions by month', () => {
  test('a receipt for a month without a partition makes one; retention drops whole old months', async () => {
    const old = receipt({ timestamp: '2019-04-10T12:00:00.000Z' });
    assert.equal((await postReceipt(service.url, old)).status, 201);
    const partitions = async () =>
      (
        await service.db.query<{ name: string }>(
          "select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'receipts'::regclass",
        )
      ).map(({ name }) => name);
    assert.ok((await partitions()).includes('receipts_y2019m04'));

    const dropped = await dropExpiredPartitions(service.db, 12, new Date('2020-05-20T00:00:00Z'));
    assert.deepEqual(dropped, ['receipts_y2019m04']);
    assert.ok(!(await partitions()).includes('receipts_y2019m04'));
    assert.equal((await history(String(old.consentId))).status, 404);
  });

  test('with RETENTION_MONTHS a receipt older than the retention is refused', async () => {
    const kept = await startTestService({ RETENTION_MONTHS: '6' });
    try {
      const response = await postReceipt(kept.url, receipt({ timestamp: '2020-01-01T00:00:00.000Z' }));
      assert.equal(response.status, 400);
      assert.match(((await response.json()) as { message: string }).message, /retention/);
    } finally {
      await kept.close();
    }
  });
});

describe('rate limit', () => {
  test('past RECEIPT_RATE_LIMIT a minute from one client, 429 (the element retries later) and nothing stored', async () => {
    const limited = await startTestService({ RECEIPT_RATE_LIMIT: '3' });
    try {
      const statuses: number[] = [];
      for (let count = 0; count < 3; count++) statuses.push((await postReceipt(limited.url, receipt())).status);
      assert.deepEqual(statuses, [201, 201, 201]);
      const over = await postReceipt(limited.url, receipt());
      assert.equal(over.status, 429);
      assert.equal(((await over.json()) as { error: string }).error, 'rate_limited');
      const [{ count }] = (await limited.db.query<{ count: number }>(
        'select count(*)::int as count from receipts',
      )) as [{ count: number }];
      assert.equal(count, 3);
    } finally {
      await limited.close();
    }
  });
});
