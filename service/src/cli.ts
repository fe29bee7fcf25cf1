import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { addAccount, addApiToken, isRole, ROLES } from './auth/accounts.js';
import { generatePassword } from './auth/passwords.js';
import { readConfig } from './config.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { startService } from './server.js';

const USAGE = `Usage:
  cap-consent-service [serve]                       start the server (PORT, HOST, DATABASE_URL or DATA_DIR, ALLOWED_ORIGINS …)
  cap-consent-service user add LOGIN --role ROLE [--password-stdin]
                                                    ROLE: ${ROLES.join(' | ')}; without --password-stdin a password is generated and printed once
  cap-consent-service token add LOGIN [--name NAME] an API token acting as LOGIN, printed once (Authorization: Bearer …)`;

/** Runs `work` on the migrated database, then closes it. */
async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(readConfig());
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

async function addUser(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  const [login] = positionals;
  if (!login || positionals.length !== 1) throw new Error('user add needs one LOGIN');
  if (!isRole(values.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const role = values.role;
  const fromStdin = values['password-stdin'] === true;
  const password = fromStdin ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : generatePassword();
  await withDatabase((db) => addAccount(db, login, role, password));
  console.log(fromStdin ? `added ${login} (${role})` : `added ${login} (${role}); password (shown once): ${password}`);
}

async function addToken(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' } } });
  const [login] = positionals;
  if (!login || positionals.length !== 1) throw new Error('token add needs one LOGIN');
  const token = await withDatabase((db) => addApiToken(db, login, values.name ?? 'script'));
  console.log(token);
}

/** WORKERS processes behind one port, each replaced if it dies. */
function superviseWorkers(count: number): void {
  const fork = () =>
    cluster.fork().once('exit', (code, signal) => {
      if (stopping) return;
      console.error(`cap-consent-service: a worker ended (${signal ?? code}); starting another`);
      fork();
    });
  let stopping = false;
  for (let index = 0; index < count; index++) fork();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    });
  }
}

async function serve(): Promise<void> {
  const config = readConfig();
  if (config.workers > 1 && cluster.isPrimary) {
    if (!config.databaseUrl) throw new Error('WORKERS > 1 needs DATABASE_URL: a PGlite folder belongs to one process');
    return superviseWorkers(config.workers);
  }
  const service = await startService(config);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      service.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', subcommand, ...rest] = argv;
  if (command === 'serve' && subcommand === undefined) return serve();
  if (command === 'user' && subcommand === 'add') return addUser(rest);
  if (command === 'token' && subcommand === 'add') return addToken(rest);
  if (command === 'help' || command === '--help' || command === '-h') return void console.log(USAGE);
  throw new Error(`unknown command "${argv.join(' ')}"\n${USAGE}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`cap-consent-service: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
