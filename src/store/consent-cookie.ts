import Cookies from 'js-cookie';
import {
  cookieDomainCandidates,
  evaluateStoredConsent,
  readCookieValues,
  serializeConsentCookie,
  type ConsentRecord,
  type StoredConsent,
} from '../core/index.js';
import { probeRegistrableDomain } from './cookie-domain.js';
import { readDocumentCookie, tryCookieWrite } from './document-cookie.js';

export interface ConsentCookieSettings {
  readonly name: string;
  /** An explicit domain, or null to use the registrable domain of the page. */
  readonly domain: string | null;
  readonly days: number;
}

/** Reads and writes the consent cookie of the current page. */
export class ConsentCookie {
  private resolvedDomain?: string | null;

  constructor(private readonly settings: ConsentCookieSettings) {}

  /** The cookie's Domain attribute, or undefined for a host-only cookie. */
  get domain(): string | undefined {
    if (this.resolvedDomain === undefined) {
      this.resolvedDomain = this.settings.domain ?? probeRegistrableDomain(location.hostname) ?? null;
    }
    return this.resolvedDomain ?? undefined;
  }

  readValues(): string[] {
    return readCookieValues(readDocumentCookie(), this.settings.name);
  }

  read(policyVersion: string): StoredConsent & { readonly duplicated: boolean } {
    const values = this.readValues();
    return { ...evaluateStoredConsent(values, policyVersion), duplicated: values.length > 1 };
  }

  /** Writes the decision; false when the browser did not keep it (cookies blocked). */
  write(record: ConsentRecord): boolean {
    const value = serializeConsentCookie(record);
    const written = tryCookieWrite(() =>
      Cookies.set(this.settings.name, value, {
        domain: this.domain,
        path: '/',
        sameSite: 'Lax',
        secure: location.protocol === 'https:',
        expires: this.settings.days,
      }),
    );
    return written && this.readValues().includes(value);
  }

  /** Removes every copy: host-only and on each parent domain (strays left by older setups). */
  removeAll(): void {
    tryCookieWrite(() => {
      Cookies.remove(this.settings.name, { path: '/' });
      const domains = new Set([...cookieDomainCandidates(location.hostname), ...(this.domain ? [this.domain] : [])]);
      for (const domain of domains) Cookies.remove(this.settings.name, { path: '/', domain });
    });
  }

  /** Leaves exactly one cookie holding `record`, on the right domain. */
  rewriteAsOnly(record: ConsentRecord): boolean {
    this.removeAll();
    return this.write(record);
  }
}
