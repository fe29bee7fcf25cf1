import { ServiceClient } from './service-client.js';

export const ROLES = ['marketing', 'dpo', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Session {
  readonly login: string;
  readonly role: Role;
}

/** One published version of a site's consent.json, with the unified diff of its text from the version before. */
export interface SiteVersion {
  readonly version: number;
  readonly author: string;
  readonly createdAt: string;
  readonly comment: string;
  readonly diff: string;
}

/** One decision of one visitor, as the service stored its receipt. */
export interface ConsentDecision {
  /** When the visitor decided (the receipt's timestamp). */
  readonly timestamp: string;
  readonly decision: { readonly statistics: boolean; readonly marketing: boolean };
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
  readonly etag: string | null;
}

/** A site's published consent.json (null config when there is none yet) and the ETag of its version. */
export interface PublishedConfig {
  readonly config: unknown;
  readonly etag: string | null;
}

/** The service's 404 means "there is none" for these reads. */
async function orNothing<T>(answer: Promise<T>, none: T): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return none;
    throw error;
  }
}

const site = (name: string): string => `/v1/sites/${encodeURIComponent(name)}`;

/** The consent service's HTTP API (issue 14), typed for the console. */
export class ConsentService {
  constructor(readonly client = new ServiceClient()) {}

  signIn(login: string, password: string): Promise<Session> {
    const answer = this.client.send('POST', '/v1/session', { body: { login, password }, signedIn: false });
    return answer.then((response) => response.json() as Promise<Session>);
  }

  /** The signed-in account, or null when there is no session (a reload or a deep link starts here). */
  async currentSession(): Promise<Session | null> {
    try {
      return (await (await this.client.send('GET', '/v1/session', { signedIn: false })).json()) as Session;
    } catch (error) {
      if ((error as { status?: number }).status === 401) return null;
      throw error;
    }
  }

  signOut(): Promise<void> {
    return this.client.send('DELETE', '/v1/session', { signedIn: false }).then(() => undefined);
  }

  /** The sites that have a published consent.json. */
  sites(): Promise<string[]> {
    return this.client
      .json<{ sites: { site: string }[] }>('GET', '/v1/sites')
      .then((answer) => answer.sites.map(({ site }) => site));
  }

  /** The published consent.json with its ETag; a null config when the site has none yet. */
  publishedConfig(name: string): Promise<PublishedConfig> {
    const published = this.client
      .send('GET', `${site(name)}/consent.json`)
      .then(async (response) => ({ config: await response.json(), etag: response.headers.get('etag') }));
    return orNothing(published, { config: null, etag: null });
  }

  /**
   * Publishes `config` as the next version. With the ETag of the version the
   * draft started from, the service refuses (412) if another was published
   * meanwhile; a 422 carries the validator's `problems`.
   */
  async publish(name: string, config: unknown, comment: string, basedOn: string | null): Promise<PublishResult> {
    const response = await this.client.send('PUT', `${site(name)}/consent.json?${new URLSearchParams({ comment })}`, {
      body: config,
      headers: basedOn ? { 'if-match': basedOn } : {},
    });
    const { version } = (await response.json()) as { version: number };
    return { version, etag: response.headers.get('etag') };
  }

  /** Every version, newest first; none when nothing was published. */
  history(name: string): Promise<SiteVersion[]> {
    const versions = this.client
      .json<{ versions: SiteVersion[] }>('GET', `${site(name)}/history`)
      .then((a) => a.versions);
    return orNothing(versions, []);
  }

  rollback(name: string, version: number): Promise<PublishResult> {
    return this.client.json('POST', `${site(name)}/rollback/${version}`);
  }

  /** A visitor's decisions, oldest first; none when no receipt has this id. */
  consent(consentId: string): Promise<ConsentDecision[]> {
    const decisions = this.client
      .json<{ decisions: ConsentDecision[] }>('GET', `/v1/consents/${encodeURIComponent(consentId)}`)
      .then((answer) => answer.decisions);
    return orNothing(decisions, []);
  }

  /** Per day and host, `from` and `to` inclusive (UTC days); all hosts when `host` is null. */
  report(from: string, to: string, host: string | null): Promise<ReportRow[]> {
    const query = new URLSearchParams({ from, to, ...(host ? { host } : {}) });
    return this.client.json<{ days: ReportRow[] }>('GET', `/v1/report?${query}`).then((answer) => answer.days);
  }

  /** The address of a CSV export, for a download link (the browser sends the session cookie). */
  exportUrl(from: string, to: string): string {
    return `/v1/receipts/export?${new URLSearchParams({ from, to, format: 'csv' })}`;
  }
}
