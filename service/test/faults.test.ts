import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { openDatabase } from '../src/db/open.js';
import { ENGINE, freshDatabase, type TestDatabase } from './support/databases.js';
import { sendReceipts, type LoadResult } from './support/load.js';
import {
  freePort,
  privateClusterAvailable,
  type PrivateCluster,
  spawnService,
  startPrivateCluster,
  type ServiceProcess,
} from './support/processes.js';
import { postReceipt, receipt } from './support/receipts.js';
import { temporaryFolder } from './support/service.js';

/** The issue asks for 20,000; on a shared 2-core CI machine the default proves the same point faster. */
const COUNT = Number(process.env.FAULT_RECEIPTS ?? 3000);
const CLIENTS = 16;

let folder: { dir: string; remove(): Promise<void> };
before(async () => {
  folder = await temporaryFolder();
});
after(() => folder.remove());

/** Receipts per consent id and the rollup's total, read after the services stopped. */
async function stored(database: Pick<TestDatabase, 'databaseUrl' | 'dataDir'>) {
  const db = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, poolSize: 1 });
  try {
    const rows = await db.query<{ consent_id: string; copies: number }>(
      'select consent_id, count(*)::int as copies from receipts group by consent_id',
    );
    const [{ total }] = (await db.query<{ total: number }>(
      'select coalesce(sum(decisions), 0)::int as total from daily_rollup',
    )) as [{ total: number }];
    return { copies: new Map(rows.map((row) => [row.consent_id, row.copies])), rollup: total };
  } finally {
    await db.close();
  }
}

function assertExactlyOnce(result: LoadResult, { copies, rollup }: Awaited<ReturnType<typeof stored>>): void {
  assert.deepEqual(result.refused, []);
  for (const id of result.acknowledged)
    assert.equal(copies.get(id), 1, `acknowledged ${id} is stored ${copies.get(id) ?? 0} times`);
  assert.equal(result.acknowledged.size, result.sent.size, 'every receipt was acknowledged after the retries');
  for (const id of result.sent.keys())
    assert.equal(copies.get(id), 1, `sent ${id} is stored ${copies.get(id) ?? 0} times`);
  assert.equal(copies.size, result.sent.size, 'nothing else is stored');
  assert.equal(rollup, result.sent.size, 'the daily rollup counted each receipt once');
}

test(`kill -9 of the service in the middle of ${COUNT} receipts from ${CLIENTS} retrying clients, then a restart`, async () => {
  const database = await freshDatabase(path.join(folder.dir, 'kill-pglite'));
  const env = {
    PORT: String(await freePort()),
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir }),
  };
  let service: ServiceProcess = await spawnService(env);
  let restarted: Promise<void> | undefined;
  try {
    const result = await sendReceipts({
      count: COUNT,
      clients: CLIENTS,
      target: () => service.url,
      onAcknowledged: (count) => {
        if (count >= COUNT / 3 && !restarted) {
          restarted = (async () => {
            await service.kill();
            service = await spawnService(env);
          })();
        }
      },
    });
    await restarted;
    await service.stop();
    assert.ok(result.retries > 0, 'some requests failed while the service was down');
    console.log(`kill -9: ${result.sent.size} sent, ${result.created} answered 201, ${result.retries} retries`);
    assertExactlyOnce(result, await stored(database));
  } finally {
    await service.stop();
    await database.drop();
  }
});

/** Runs `work` with a service on a private PostgreSQL cluster; skipped on PGlite or without the server binaries. */
async function onPrivateCluster(
  context: TestContext,
  work: (cluster: PrivateCluster, service: ServiceProcess) => Promise<void>,
): Promise<void> {
  const missing =
    ENGINE === 'pglite' ? 'runs in the PostgreSQL pass (PGlite has no server to stop)' : privateClusterAvailable();
  if (missing) return context.skip(missing);
  const cluster = await startPrivateCluster(await freePort());
  let service: ServiceProcess | undefined;
  try {
    service = await spawnService({ PORT: String(await freePort()), DATABASE_URL: cluster.url });
    await work(cluster, service);
  } finally {
    await service?.stop();
    await cluster.destroy();
  }
}

test(`a PostgreSQL restart in the middle of ${COUNT} receipts`, (context) =>
  onPrivateCluster(context, async (cluster, service) => {
    let restarted: Promise<unknown> | undefined;
    const result = await sendReceipts({
      count: COUNT,
      clients: CLIENTS,
      target: () => service.url,
      onAcknowledged: (count) => {
        if (count >= COUNT / 3 && !restarted) restarted = cluster.restart();
      },
    });
    await restarted;
    assert.ok(result.retries > 0, 'some requests failed while PostgreSQL restarted');
    const ready = await fetch(new URL('/readyz', service.url));
    assert.equal(ready.status, 200, 'the service recovered by itself');
    await service.stop();
    console.log(
      `PostgreSQL restart: ${result.sent.size} sent, ${result.created} answered 201, ${result.retries} retries`,
    );
    assertExactlyOnce(result, await stored({ databaseUrl: cluster.url, dataDir: '' }));
  }));

test('while PostgreSQL is down: /readyz is false and receipts get 503 with Retry-After; it recovers by itself', (context) =>
  onPrivateCluster(context, async (cluster, service) => {
    const before = receipt();
    assert.equal((await postReceipt(service.url, before)).status, 201);
    await cluster.stop();

    const ready = await fetch(new URL('/readyz', service.url));
    assert.equal(ready.status, 503);
    assert.equal(((await ready.json()) as { ready: boolean }).ready, false);
    const during = receipt();
    const refused = await postReceipt(service.url, during);
    assert.equal(refused.status, 503);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal(((await refused.json()) as { error: string }).error, 'database_unavailable');
    assert.equal((await fetch(new URL('/healthz', service.url))).status, 200, 'the process itself is alive');

    await cluster.start();
    assert.equal((await fetch(new URL('/readyz', service.url))).status, 200);
    assert.equal((await postReceipt(service.url, during)).status, 201, 'the retry of the refused receipt is stored');
    assert.equal((await postReceipt(service.url, before)).status, 200, 'what was stored before is still there');
  }));

test(`two instances started together share ${COUNT} receipts and race on duplicates`, async (context) => {
  if (ENGINE === 'pglite') return context.skip('runs in the PostgreSQL pass (a PGlite folder belongs to one process)');
  const database = await freshDatabase();
  const env = { DATABASE_URL: database.databaseUrl! };
  // Both migrate the empty database at once: the advisory lock must keep them apart.
  const instances = await Promise.all([
    spawnService({ ...env, PORT: String(await freePort()) }),
    spawnService({ ...env, PORT: String(await freePort()) }),
  ]);
  try {
    let turn = 0;
    const result = await sendReceipts({
      count: COUNT,
      clients: CLIENTS,
      target: (attempt) => instances[(turn++ + attempt) % 2]!.url,
    });
    assert.equal(result.created, COUNT, 'each receipt was answered 201 once (no fault here)');

    const racing = Array.from({ length: 200 }, () => receipt());
    const answers = await Promise.all(
      racing.flatMap((body) => instances.map(async ({ url }) => (await postReceipt(url, body)).status)),
    );
    assert.equal(answers.filter((status) => status === 201).length, racing.length, 'one 201 per receipt');
    assert.equal(answers.filter((status) => status === 200).length, racing.length, 'and one 200 for its twin');

    await Promise.all(instances.map((instance) => instance.stop()));
    const { copies, rollup } = await stored(database);
    assert.equal(copies.size, COUNT + racing.length);
    assert.ok([...copies.values()].every((count) => count === 1));
    assert.equal(rollup, COUNT + racing.length);
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database.drop();
  }
});
