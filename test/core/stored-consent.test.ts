import { expect } from '@open-wc/testing';
import {
  createConsentRecord,
  evaluateStoredConsent,
  readConsentFromCookieHeader,
  readCookieValues,
  serializeConsentCookie,
} from '../../src/core/index.js';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const valueOf = (statistics: boolean, version: string, at: number) =>
  serializeConsentCookie(createConsentRecord({ statistics, marketing: false }, version, null, at));

describe('stored consent', () => {
  it('finds every value of one cookie name in a Cookie header', () => {
    expect(readCookieValues('a=1; cap_consent=x; b=2; cap_consent=y', 'cap_consent')).to.deep.equal(['x', 'y']);
    expect(readCookieValues('cap_consent_probe=1', 'cap_consent')).to.deep.equal([]);
    expect(readCookieValues('cap_consent=%E0%A4%A', 'cap_consent')).to.deep.equal(['%E0%A4%A']);
    expect(readCookieValues(undefined, 'cap_consent')).to.deep.equal([]);
  });

  it('takes the newest valid decision when a host-only and a domain cookie both exist', () => {
    const older = valueOf(false, '1', NOW - 60_000);
    const newer = valueOf(true, '1', NOW);
    const stored = evaluateStoredConsent([newer, 'garbage', older], '1', NOW);
    expect(stored.current?.statistics).to.equal(true);
    expect(stored.ignored).to.have.length(1);
  });

  it('does not count a decision made on another policy version, but keeps it as outdated', () => {
    const stored = evaluateStoredConsent([valueOf(true, '2023-01', NOW)], '2024-05', NOW);
    expect(stored.current).to.equal(null);
    expect(stored.outdated?.policyVersion).to.equal('2023-01');
  });

  it('lets a server read the decision from a request header', () => {
    const header = `session=abc; cap_consent=${valueOf(true, '7', NOW - 1000)}`;
    expect(readConsentFromCookieHeader(header, { policyVersion: '7' })?.statistics).to.equal(true);
    expect(readConsentFromCookieHeader(header, { policyVersion: '8' })).to.equal(null);
    expect(readConsentFromCookieHeader('cap_consent=<b>', { policyVersion: '7' })).to.equal(null);
  });
});
