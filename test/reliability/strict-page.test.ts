import { expect } from '@open-wc/testing';
import { siteUrl, uniqueCookieName, visit } from '../support/helpers.js';

// strict.html is served with `Content-Security-Policy: default-src 'self'; script-src 'self';
// style-src 'self'; require-trusted-types-for 'script'` (securityHeaders in browser-commands.mjs);
// the page counts every securitypolicyviolation event.
// A `nonce` in the query is given to <cap-consent> and added to script-src.
function strictPage(attributes: Record<string, string> = {}): string {
  return siteUrl(location.hostname, { 'cookie-name': uniqueCookieName(), ...attributes }, 'strict.html');
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('shows the banner, opens the settings and saves with zero violations', async () => {
    const page = await visit(strictPage(), ['settings', 'save']);
    expect(page.trustedTypes, 'this browser enforces Trusted Types').to.equal(true);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    expect(page.events).to.deep.equal(['decided']);
    expect(page.consent).to.include({ statistics: false, marketing: false });
  });

  it('a gated inline script runs with the nonce given on <cap-consent>, with zero violations', async () => {
    const nonce = 'c2VjcmV0LW5vbmNl';
    const page = await visit(strictPage({ nonce }), 'accept-all');
    expect(page.violations).to.deep.equal([]);
    expect(page.inlineRuns).to.equal(1);
    expect(page.pixelRuns, 'the external tag passed the Trusted Types policy').to.equal(1);
  });

  it('without a nonce only the gated inline script is blocked (the page sees that one violation)', async () => {
    const page = await visit(strictPage(), 'accept-all');
    expect(page.pixelRuns, 'the external tag passed the Trusted Types policy').to.equal(1);
    expect(page.inlineRuns).to.equal(0);
    expect(page.violations).to.have.length(1);
    expect(page.violations[0]).to.match(/^script-src/);
    expect(page.errors).to.deep.equal([]);
  });
});
