import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVICE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServiceProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** kill -9, then wait until the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** `cap-consent-service serve` in its own process; resolves once it says it listens. */
export function spawnService(env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    cwd: SERVICE_DIR,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      RECEIPT_RATE_LIMIT: '0',
      CONSOLE_DIR: '/nonexistent',
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      resolve({
        url,
        child,
        async kill() {
          child.kill('SIGKILL');
          await exited(child);
        },
        async stop() {
          child.kill('SIGTERM');
          await exited(child);
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) =>
      reject(new Error(`the service exited (${code ?? signal}) before listening:\n${output}`)),
    );
  });
}

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** A private PostgreSQL cluster in `dir` on `port`, to restart without touching the machine's shared server. */
export interface PrivateCluster {
  readonly url: string;
  /** Resolves once the server accepts connections again; the caller's event loop keeps running meanwhile. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export function privateClusterAvailable(): string | undefined {
  return ['initdb', 'pg_ctl'].every((tool) => existsSync(path.join(PG_BIN, tool)))
    ? undefined
    : `PostgreSQL server binaries not found in ${PG_BIN} (set PG_BIN)`;
}

const run = promisify(execFile);

/** initdb refuses to run as root: then the cluster runs as the postgres user. */
async function asPostgres(tool: string, args: string[]): Promise<void> {
  const command = path.join(PG_BIN, tool);
  const [file, fileArgs] =
    process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  await run(file, fileArgs as string[]).catch((error: Error & { stderr?: string }) => {
    throw new Error(`${tool} ${args.join(' ')} failed: ${error.stderr ?? error.message}`);
  });
}

function postgresIds(): [number, number] {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return [id('-u'), id('-g')];
}

/** The cluster lives in a new folder under the system's temporary folder (the postgres user must reach it). */
export async function startPrivateCluster(port: number): Promise<PrivateCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cap-consent-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, ...postgresIds());
  const data = path.join(dir, 'data');
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`;
  const pgCtl = (...args: string[]) =>
    asPostgres('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', ...args]);
  await pgCtl('start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => pgCtl('-m', 'fast', 'restart'),
    stop: () => pgCtl('-m', 'fast', 'stop'),
    start: () => pgCtl('start'),
    async destroy() {
      await pgCtl('-m', 'immediate', 'stop').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
