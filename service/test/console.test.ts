import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startTestService, temporaryFolder, type TestService } from './support/service.js';

let service: TestService;
let folder: { dir: string; remove(): Promise<void> };

before(async () => {
  folder = await temporaryFolder();
  await mkdir(path.join(folder.dir, 'assets'));
  await writeFile(path.join(folder.dir, 'index.html'), '<!doctype html><title>console</title>');
  await writeFile(path.join(folder.dir, 'assets', 'app.js'), 'console.log("console");');
  service = await startTestService({ CONSOLE_DIR: folder.dir, TRUST_PROXY: 'true' });
});
after(async () => {
  await service.close();
  await folder.remove();
});

test('the operator console is served at /console/, deep links get its index.html', async () => {
  const index = await service.request('/console/');
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await index.text(), /<title>console<\/title>/);
  const script = await service.request('/console/assets/app.js');
  assert.equal(script.status, 200);
  assert.match(script.headers.get('content-type') ?? '', /javascript/);
  const deepLink = await service.request('/console/sites/shop.cap.kz/history');
  assert.equal(deepLink.status, 200);
  assert.match(await deepLink.text(), /<title>console<\/title>/);
  const bare = await service.request('/console', { redirect: 'manual' });
  assert.equal(bare.status, 302);
  assert.equal(bare.headers.get('location'), '/console/');
});

test('behind an https load balancer the session cookie is Secure', async () => {
  await service.account('secure-user', 'dpo');
  const response = await service.request('/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
    body: JSON.stringify({ login: 'secure-user', password: 'secure-user-password' }),
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('set-cookie') ?? '', /;\s*Secure/i);
});
