// `npm run bench:service` (root): receipts/s and latency of POST /v1/receipts on PostgreSQL (autocannon),
// side by side with pgbench doing single-row inserts into the same receipts table on the same server.
// DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres); the run makes its
// own database `${BENCH_DB_PREFIX}<random>` there and drops it. BENCH_SECONDS (10) per round, BENCH_ROUNDS (3),
// BENCH_CONNECTIONS (16). The two alternate round by round and the median round of each is compared, because
// the machine is shared and its load changes under the run.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const serviceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_SECONDS = 2;
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const prefix = process.env.BENCH_DB_PREFIX ?? 'cc_bench_';
const port = Number(process.env.BENCH_PORT ?? 8099);
/** Service processes sharing the port (WORKERS), as a deployment on a 2-core host would run. */
const workers = Number(process.env.BENCH_WORKERS ?? 2);
const run = promisify(execFile);

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** pgbench: one INSERT of a receipt-shaped row per transaction, latencies from its per-transaction log. */
async function pgbench(databaseUrl) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'cap-consent-bench-'));
  const script = path.join(scratch, 'insert.sql');
  await writeFile(
    script,
    `insert into receipts (consent_id, decided_at, statistics, marketing, policy_version, policy_url, language, page_host, page_path, user_agent)
values (md5(random()::text), date_trunc('second', now()) - (random() * interval '1 hour'), random() < 0.5, random() < 0.3, '2024-05',
 'https://cap.kz/privacy', 'ru', 'shop.cap.kz', '/courses/42', 'Mozilla/5.0 (X11; Linux x86_64) bench');\n`,
  );
  const { stdout } = await run(
    'pgbench',
    [
      '-n',
      '-c',
      String(connections),
      '-j',
      '2',
      '-T',
      String(seconds),
      '-f',
      script,
      '-l',
      '--log-prefix',
      path.join(scratch, 'log'),
      databaseUrl,
    ],
    {
      maxBuffer: 1 << 24,
    },
  );
  const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1]);
  const latencies = [];
  for (const file of await readdir(scratch)) {
    if (!file.startsWith('log')) continue;
    for (const line of (await readFile(path.join(scratch, file), 'utf8')).split('\n')) {
      const micros = Number(line.split(' ')[2]);
      if (line && Number.isFinite(micros)) latencies.push(micros / 1000);
    }
  }
  await rm(scratch, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  return { rate: tps, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), count: latencies.length };
}

function startService(databaseUrl) {
  const child = spawn(process.execPath, [path.join(serviceDir, 'dist', 'cli.js'), 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      RECEIPT_RATE_LIMIT: '0',
      LOG_LEVEL: 'error',
      DB_POOL_SIZE: String(Math.ceil(connections / workers)),
      WORKERS: String(workers),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.split('listening on').length > workers) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the service exited (${code})`)));
  });
}

function receiptBody() {
  return JSON.stringify({
    consentId: randomBytes(16).toString('hex'),
    decision: { necessary: true, statistics: Math.random() < 0.5, marketing: Math.random() < 0.3 },
    policyVersion: '2024-05',
    policyUrl: 'https://cap.kz/privacy',
    timestamp: new Date(Math.floor(Date.now() / 1000) * 1000 - Math.floor(Math.random() * 3600) * 1000).toISOString(),
    language: 'ru',
    pageUrl: 'https://shop.cap.kz/courses/42',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) bench',
  });
}

/** CPU time (user + system, ms) used so far by the service's processes: a figure the machine's load does not skew. */
async function serviceCpuMillis(child) {
  const { stdout } = await run('ps', ['-o', 'pid=', '--ppid', String(child.pid)]).catch(() => ({ stdout: '' }));
  const pids = [child.pid, ...stdout.split(/\s+/).filter(Boolean).map(Number)];
  let ticks = 0;
  for (const pid of pids) {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ') ')).split(') ')[1].split(' ');
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return ticks * 10;
}

async function service(databaseUrl) {
  const child = await startService(databaseUrl);
  try {
    const load = (duration) =>
      autocannon({
        url: `http://127.0.0.1:${port}/v1/receipts`,
        connections,
        duration,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://shop.cap.kz' },
            setupRequest: (request) => ({ ...request, body: receiptBody() }),
          },
        ],
      });
    // Like pgbench's figure "without initial connection time": connections and JIT warm up first, uncounted.
    await load(WARM_UP_SECONDS);
    const cpuBefore = await serviceCpuMillis(child);
    const result = await load(seconds);
    const stored = result['2xx'];
    const cpuPerReceipt = ((await serviceCpuMillis(child)) - cpuBefore) / stored;
    return {
      cpuPerReceipt,
      rate: stored / (result.duration || seconds),
      p50: result.latency.p50,
      p99: result.latency.p99,
      count: stored,
      errors: result.non2xx + result.errors,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

/** Runs `measure` on a new database that the service has migrated (so pgbench finds the same table). */
async function onFreshDatabase(measure) {
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  await admin(`create database ${name}`);
  try {
    const migrated = await startService(databaseUrl);
    migrated.kill('SIGTERM');
    await new Promise((resolve) => migrated.once('exit', resolve));
    return await measure(databaseUrl);
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}

const median = (results) => [...results].sort((a, b) => a.rate - b.rate)[Math.floor(results.length / 2)];
const row = (label, { rate, p50, p99, count }) =>
  `${label.padEnd(44)} ${rate.toFixed(0).padStart(6)} /s   p50 ${p50.toFixed(1).padStart(5)} ms   p99 ${p99.toFixed(1).padStart(6)} ms   (${count} rows)`;

const bases = [];
const ours = [];
console.log(
  `${rounds} rounds of ${seconds} s, ${connections} connections, ${workers} service processes, PostgreSQL at ${new URL(adminUrl).host}`,
);
for (let round = 1; round <= rounds; round++) {
  bases.push(await onFreshDatabase(pgbench));
  ours.push(await onFreshDatabase(service));
  console.log(row(`round ${round} pgbench`, bases.at(-1)));
  console.log(row(`round ${round} service`, ours.at(-1)));
}
const base = median(bases);
const mine = median(ours);
console.log('\nmedian rounds:');
console.log(row('pgbench: single-row INSERT into receipts', base));
console.log(row('service: POST /v1/receipts (insert + rollup)', mine));
console.log(
  `service / pgbench: ${(mine.rate / base.rate).toFixed(2)}× (target ≥ 0.5×, p99 ≤ 50 ms); non-2xx or errors: ${ours.reduce((sum, result) => sum + result.errors, 0)}`,
);
console.log(
  `service CPU per receipt (its own processes, not PostgreSQL's): ${ours.map((result) => result.cpuPerReceipt.toFixed(3)).join(', ')} ms`,
);
