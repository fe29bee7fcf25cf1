import { expect } from '@open-wc/testing';
import { CapConsentElement, defineCapConsent } from '../../src/index.js';
import { consentWarnings } from '../support/helpers.js';

describe('registration', () => {
  it('defines <cap-consent> when the script loads', () => {
    expect(customElements.get('cap-consent')?.prototype).to.be.instanceOf(CapConsentElement);
  });

  it('is harmless when the script runs twice', async () => {
    const warnings = await consentWarnings(() => {
      defineCapConsent();
      defineCapConsent();
    });
    expect(warnings).to.deep.equal([]);
  });

  it('can register under another tag for a scoped setup', () => {
    defineCapConsent('my-site-consent');
    expect(document.createElement('my-site-consent')).to.be.instanceOf(CapConsentElement);
  });

  it('reports, and does not replace, a foreign element holding the tag', async () => {
    customElements.define('taken-consent', class extends HTMLElement {});
    const warnings = await consentWarnings(() => defineCapConsent('taken-consent'));
    expect(warnings[0]).to.contain('<taken-consent> is already defined');
  });
});
