// `npm start`: the demo (web-dev-server, port 8000) and the consent service on embedded PGlite
// (port 8080), which receives the demo banner's receipts. Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serviceCli = path.join(root, 'service', 'dist', 'cli.js');
const dataDir = process.env.DATA_DIR ?? path.join(root, 'service', '.data');
const demoLoginFile = path.join(dataDir, 'demo-login.json');
const servicePort = 8080;
const serviceEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  PORT: String(servicePort),
  ALLOWED_ORIGINS: 'http://localhost:8000,http://127.0.0.1:8000,https://cap.kz,https://*.cap.kz',
};
delete serviceEnv.DATABASE_URL;

/** Runs the service's command line on the demo data; its output. */
function serviceCommand(args, input) {
  const run = spawnSync(process.execPath, [serviceCli, ...args], { env: serviceEnv, input, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(run.status ?? 1);
  }
  return run.stdout.trim();
}

/** The demo account and an API token, made on the first start (PGlite allows one process, so before serving). */
function demoLogin() {
  if (existsSync(demoLoginFile)) return JSON.parse(readFileSync(demoLoginFile, 'utf8'));
  const login = { login: 'demo', password: randomBytes(9).toString('base64url') };
  serviceCommand(['user', 'add', login.login, '--role', 'admin', '--password-stdin'], login.password);
  login.token = serviceCommand(['token', 'add', login.login, '--name', 'demo']);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(demoLoginFile, JSON.stringify(login));
  return login;
}

const login = demoLogin();
const children = [
  spawn(process.execPath, [serviceCli, 'serve'], { env: serviceEnv, stdio: 'inherit' }),
  spawn(
    process.execPath,
    [path.join(root, 'node_modules', '@web', 'dev-server', 'dist', 'bin.js'), '--config', 'web-dev-server.config.mjs'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  ),
];

const consoleLine = existsSync(path.join(root, 'console', 'dist'))
  ? `operator console:     http://localhost:${servicePort}/console/  login ${login.login}, password ${login.password}`
  : `service login:        ${login.login}, password ${login.password} (POST /v1/session; the console is not built)`;
console.log(`
cap-consent demo:     http://localhost:8000/demo/
consent service:      http://localhost:${servicePort}  (receipts of the demo banner; PGlite in ${path.relative(root, dataDir)})
${consoleLine}
a visitor's history:  curl -H 'Authorization: Bearer ${login.token}' http://localhost:${servicePort}/v1/consents/<id shown in the demo>
`);

function stopAll(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
