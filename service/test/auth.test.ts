import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { Role } from '../src/auth/accounts.js';
import { startTestService, type TestService } from './support/service.js';

let service: TestService;
const tokens = {} as Record<Role, string>;

before(async () => {
  service = await startTestService();
  for (const role of ['marketing', 'dpo', 'admin'] as const) tokens[role] = await service.account(`${role}-user`, role);
});
after(() => service.close());

const consentId = 'a'.repeat(32);
/** Every protected endpoint and the roles that may use it. */
const PROTECTED: Array<{ method: string; path: string; roles: Role[]; body?: unknown }> = [
  { method: 'GET', path: `/v1/consents/${consentId}`, roles: ['dpo', 'admin'] },
  { method: 'GET', path: '/v1/receipts/export', roles: ['dpo', 'admin'] },
  { method: 'GET', path: '/v1/report', roles: ['marketing', 'dpo', 'admin'] },
  { method: 'GET', path: '/v1/sites', roles: ['marketing', 'dpo', 'admin'] },
  { method: 'PUT', path: '/v1/sites/auth.cap.kz/consent.json', roles: ['marketing', 'admin'], body: { pixels: [] } },
  { method: 'GET', path: '/v1/sites/auth.cap.kz/history', roles: ['marketing', 'dpo', 'admin'] },
  { method: 'POST', path: '/v1/sites/auth.cap.kz/rollback/1', roles: ['marketing', 'admin'] },
  { method: 'GET', path: '/v1/session', roles: ['marketing', 'dpo', 'admin'] },
];

function call(endpoint: (typeof PROTECTED)[number], headers: Record<string, string> = {}) {
  return service.request(endpoint.path, {
    method: endpoint.method,
    headers: { ...(endpoint.body ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(endpoint.body ? { body: JSON.stringify(endpoint.body) } : {}),
  });
}

async function login(user: string, password: string, headers: Record<string, string> = {}) {
  return service.request('/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ login: user, password }),
  });
}

describe('every protected endpoint', () => {
  for (const endpoint of PROTECTED) {
    const name = `${endpoint.method} ${endpoint.path}`;
    test(`${name}: 401 without a session or with a wrong token`, async () => {
      for (const headers of [
        {},
        { authorization: 'Bearer ccs_wrong' },
        { cookie: 'cap_consent_session=forged' },
      ] as Array<Record<string, string>>) {
        const response = await call(endpoint, headers);
        assert.equal(response.status, 401, JSON.stringify(headers));
        assert.equal(((await response.json()) as { error: string }).error, 'unauthenticated');
      }
    });
    test(`${name}: 403 for the other roles, allowed for ${endpoint.roles.join(', ')}`, async () => {
      for (const role of ['marketing', 'dpo', 'admin'] as const) {
        const response = await call(endpoint, { authorization: `Bearer ${tokens[role]}` });
        if (endpoint.roles.includes(role))
          assert.ok(![401, 403].includes(response.status), `${role}: ${response.status}`);
        else {
          assert.equal(response.status, 403, role);
          assert.equal(((await response.json()) as { error: string }).error, 'forbidden');
        }
      }
    });
  }
});

describe('sessions', () => {
  test('login sets an HttpOnly SameSite=Strict cookie that works until logout ends it', async () => {
    const response = await login('dpo-user', 'dpo-user-password');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { login: 'dpo-user', role: 'dpo' });
    const setCookie = response.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /cap_consent_session=[\w-]{20,}/);
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Strict/i);
    assert.doesNotMatch(setCookie, /Secure/i); // plain http here
    const cookie = setCookie.split(';')[0]!;
    const me = await service.request('/v1/session', { headers: { cookie } });
    assert.deepEqual(await me.json(), { login: 'dpo-user', role: 'dpo' });
    assert.equal((await service.request(`/v1/consents/${consentId}`, { headers: { cookie } })).status, 404);

    const logout = await service.request('/v1/session', { method: 'DELETE', headers: { cookie } });
    assert.equal(logout.status, 204);
    assert.equal((await service.request('/v1/session', { headers: { cookie } })).status, 401);
  });

  test('a wrong password or unknown login is 401 with the same answer', async () => {
    const wrong = await login('dpo-user', 'not-the-password');
    const unknown = await login('nobody', 'whatever-password');
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual(await wrong.json(), await unknown.json());
  });

  test('a cookie session cannot change anything from a foreign origin', async () => {
    const cookie = (await login('marketing-user', 'marketing-user-password')).headers.get('set-cookie')!.split(';')[0]!;
    const headers = { cookie, 'content-type': 'application/json' };
    const body = JSON.stringify({ pixels: [] });
    const foreign = await service.request('/v1/sites/origin.cap.kz/consent.json', {
      method: 'PUT',
      headers: { ...headers, origin: 'https://evil.example' },
      body,
    });
    assert.equal(foreign.status, 403);
    assert.equal(((await foreign.json()) as { error: string }).error, 'bad_origin');
    const own = await service.request('/v1/sites/origin.cap.kz/consent.json', {
      method: 'PUT',
      headers: { ...headers, origin: new URL(service.url).origin },
      body,
    });
    assert.equal(own.status, 201);
    const foreignLogin = await login('dpo-user', 'dpo-user-password', { origin: 'https://evil.example' });
    assert.equal(foreignLogin.status, 403);
  });

  test('login attempts are rate-limited', async () => {
    const limited = await startTestService({ LOGIN_RATE_LIMIT: '3' });
    try {
      await limited.account('admin-user', 'admin');
      const attempt = (password: string) =>
        limited.request('/v1/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: 'admin-user', password }),
        });
      const statuses: number[] = [];
      for (let count = 0; count < 3; count++) statuses.push((await attempt('guess')).status);
      assert.deepEqual(statuses, [401, 401, 401]);
      const right = await attempt('admin-user-password');
      assert.equal(right.status, 429);
      assert.equal(((await right.json()) as { error: string }).error, 'rate_limited');
    } finally {
      await limited.close();
    }
  });
});

describe('the command line', () => {
  test('user add prints a generated password once; token add prints a token that works', async (context) => {
    if (!service.database.databaseUrl) {
      context.skip('PGlite in memory cannot be shared with another process; covered on PostgreSQL');
      return;
    }
    const env = { ...process.env, DATABASE_URL: service.database.databaseUrl };
    const cli = (args: string[], input?: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env, input, encoding: 'utf8' });
    const added = cli(['user', 'add', 'cli-user', '--role', 'dpo']);
    assert.equal(added.status, 0, added.stderr);
    const password = /password \(shown once\): (\S+)/.exec(added.stdout)?.[1];
    assert.ok(password);
    assert.equal((await login('cli-user', password)).status, 200);
    const fromStdin = cli(['user', 'add', 'stdin-user', '--role', 'marketing', '--password-stdin'], 'typed-password\n');
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    assert.equal((await login('stdin-user', 'typed-password')).status, 200);
    const twice = cli(['user', 'add', 'cli-user', '--role', 'dpo']);
    assert.notEqual(twice.status, 0);
    assert.match(twice.stderr, /already exists/);
    const badRole = cli(['user', 'add', 'x-user', '--role', 'root']);
    assert.match(badRole.stderr, /--role must be one of marketing, dpo, admin/);

    const token = cli(['token', 'add', 'cli-user', '--name', 'export']).stdout.trim();
    assert.match(token, /^ccs_/);
    const response = await service.request('/v1/receipts/export?format=jsonl', {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 200);
  });
});
