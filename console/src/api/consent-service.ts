import { ServiceClient } from './service-client.js';

export const ROLES = ['marketing', 'dpo', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Session {
  readonly login: string;
  readonly role: Role;
}

/** One published version of a site's consent.json. */
export interface SiteVersion {
  readonly version: number;
  readonly author: string;
  readonly createdAt: string;
  readonly comment: string;
  readonly body: unknown;
}

/** One decision of one visitor, as the service stored its receipt. */
export interface ConsentDecision {
  readonly decidedAt: string;
  readonly statistics: boolean;
  readonly marketing: boolean;
  readonly policyVersion: string;
  readonly language: string;
  readonly pageHost: string;
  readonly pagePath: string;
  readonly receivedAt: string;
}

/** Per day and host: how many decided, and the shares (0..1) that granted each category. */
export interface ReportRow {
  readonly day: string;
  readonly host: string;
  readonly decisions: number;
  readonly statistics: number;
  readonly marketing: number;
  readonly necessaryOnly: number;
}

export interface PublishResult {
  readonly version: number;
}

const site = (name: string): string => `/v1/sites/${encodeURIComponent(name)}`;

/** The consent service's HTTP API (issue 14), typed for the console. */
export class ConsentService {
  constructor(readonly client = new ServiceClient()) {}

  signIn(login: string, password: string): Promise<Session> {
    return this.client.send('POST', '/v1/session', { login, password }, false).then((r) => r.json() as Promise<Session>);
  }

  /** The signed-in account, or null when there is no session (a reload or a deep link starts here). */
  async currentSession(): Promise<Session | null> {
    try {
      return (await (await this.client.send('GET', '/v1/session', undefined, false)).json()) as Session;
    } catch (error) {
      if ((error as { status?: number }).status === 401) return null;
      throw error;
    }
  }

  signOut(): Promise<void> {
    return this.client.send('DELETE', '/v1/session', undefined, false).then(() => undefined);
  }

  sites(): Promise<string[]> {
    return this.client.json<{ sites: string[] }>('GET', '/v1/sites').then((answer) => answer.sites);
  }

  /** The published consent.json, or null when the site has none yet. */
  async publishedConfig(name: string): Promise<unknown> {
    try {
      return await this.client.json<unknown>('GET', `${site(name)}/consent.json`);
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    }
  }

  publish(name: string, config: unknown, comment: string): Promise<PublishResult> {
    return this.client.json('PUT', `${site(name)}/consent.json`, { config, comment });
  }

  history(name: string): Promise<SiteVersion[]> {
    return this.client.json<{ versions: SiteVersion[] }>('GET', `${site(name)}/history`).then((a) => a.versions);
  }

  rollback(name: string, version: number): Promise<PublishResult> {
    return this.client.json('POST', `${site(name)}/rollback/${version}`);
  }

  consent(consentId: string): Promise<ConsentDecision[]> {
    return this.client
      .json<{ decisions: ConsentDecision[] }>('GET', `/v1/consents/${encodeURIComponent(consentId)}`)
      .then((answer) => answer.decisions);
  }

  report(from: string, to: string, host: string | null): Promise<ReportRow[]> {
    const query = new URLSearchParams({ from, to, ...(host ? { host } : {}) });
    return this.client.json<{ rows: ReportRow[] }>('GET', `/v1/report?${query}`).then((answer) => answer.rows);
  }

  /** The address of a CSV export, for a download link (the browser sends the session cookie). */
  exportUrl(from: string, to: string): string {
    return `/v1/receipts/export?${new URLSearchParams({ from, to, format: 'csv' })}`;
  }
}
