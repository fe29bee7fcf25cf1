import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addAccount, addApiToken, type Role } from '../../src/auth/accounts.js';
import { readConfig, type ServiceConfig } from '../../src/config.js';
import { startService, type RunningService } from '../../src/server.js';
import { freshDatabase, type TestDatabase } from './databases.js';

export interface TestService extends RunningService {
  readonly database: TestDatabase;
  /** Makes an account with `role`; its API token. */
  account(login: string, role: Role, password?: string): Promise<string>;
  /** fetch() against the service. */
  request(pathname: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** A temporary folder, removed by the returned function. */
export async function temporaryFolder(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cap-consent-service-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The service in this process on a fresh database and a free port. */
export async function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  const database = await freshDatabase();
  const config: ServiceConfig = readConfig({
    PORT: '0',
    RECEIPT_RATE_LIMIT: '0',
    LOGIN_RATE_LIMIT: '1000',
    CONSOLE_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir }),
    ...env,
  });
  const service = await startService(config);
  return {
    ...service,
    database,
    async account(login, role, password = `${login}-password`) {
      await addAccount(service.db, login, role, password);
      return addApiToken(service.db, login, 'test');
    },
    request: (pathname, init) => fetch(new URL(pathname, service.url), init),
    async close() {
      await service.stop();
      await database.drop();
    },
  };
}
