// `npm test -w console`: starts the consent service (PGlite, fresh data directory) and the test sites once,
// runs every end-to-end file against them, and ends with the line "N passed, N failed".
import { readdirSync } from 'node:fs';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';
import { CONSOLE_ORIGIN, PORTS } from './support/browser.mjs';
import { ACCOUNTS } from './support/accounts.mjs';
import { startService } from './support/service-process.mjs';
import { startSiteServer } from './support/site-server.mjs';

const dir = fileURLToPath(new URL('./e2e/', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.test.mjs') && (only.length === 0 || only.some((part) => name.includes(part))))
  .map((name) => dir + name);

const service = await startService({
  port: PORTS.service,
  accounts: ACCOUNTS,
  env: { ALLOWED_ORIGINS: 'http://*.cap.kz,https://*.cap.kz', LOGIN_RATE_LIMIT: '1000', RECEIPT_RATE_LIMIT: '0' },
});
const sites = await startSiteServer({ sitePort: PORTS.site, vendorPort: PORTS.vendors, serviceOrigin: CONSOLE_ORIGIN });
process.env.CONSOLE_SERVICE_ORIGIN = service.origin;

let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1, timeout: Number(process.env.CONSOLE_TEST_TIMEOUT ?? 5 * 60_000) });
stream.on('test:pass', ({ details }) => details.type !== 'suite' && (passed += 1));
stream.on('test:fail', ({ details }) => details.type !== 'suite' && (failed += 1));
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.on('end', resolve));

await sites.stop();
await service.stop();
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
