import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Test accounts sign in with a password made from their login. */
export const passwordOf = (login) => `${login}-password`;

const CLI = fileURLToPath(new URL('../../../service/dist/cli.js', import.meta.url));

/** Runs the service's CLI once (e.g. `user add`) against `env`; resolves with its output. */
function runCli(args, env, input = '') {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`cap-consent-service ${args.join(' ')}: ${output}`)),
    );
    child.stdin.end(input);
  });
}

/** Waits until `url` answers 200, failing at once if the process exits first. Polls a condition, no fixed wait. */
async function waitUntilReady(url, child) {
  let exited = null;
  child.once('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== null) throw new Error(`the service exited (${exited}) before it was ready`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The consent service on a fresh PGlite data directory, with one account per
 * role (password: `passwordOf(login)`), stopped and its data removed by `stop()`.
 */
export async function startService({ port, env: extraEnv = {}, accounts = [] }) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cc_i15_'));
  const env = {
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  for (const { login, role } of accounts)
    await runCli(['user', 'add', login, '--role', role, '--password-stdin'], env, passwordOf(login));
  const child = spawn(process.execPath, [CLI, 'serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${origin}/readyz`, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    origin,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
