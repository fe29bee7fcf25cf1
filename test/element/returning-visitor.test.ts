import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CapConsentElement } from '../../src/index.js';
import {
  bannerVisible,
  cleanPage,
  consentWarnings,
  part,
  recordEvents,
  setBrowserCookies,
  storedValue,
  uniqueCookieName,
} from '../support/helpers.js';

async function returningVisitor(value: string, attributes: Record<string, string> = {}) {
  const name = uniqueCookieName();
  await setBrowserCookies([{ name, value, domain: 'localhost', path: '/' }]);
  const events = recordEvents();
  const element = document.createElement('cap-consent') as CapConsentElement;
  element.setAttribute('cookie-name', name);
  for (const [key, attribute] of Object.entries(attributes)) element.setAttribute(key, attribute);
  document.body.append(element);
  await element.updateComplete;
  await Promise.resolve();
  events.stop();
  return { element, events };
}

describe('a returning visitor', () => {
  afterEach(cleanPage);

  it('sees no banner and the page hears "restored" with the stored choices', async () => {
    const { element, events } = await returningVisitor(storedValue({ statistics: true, marketing: false }));
    expect(bannerVisible(element)).to.equal(false);
    expect(element.shadowRoot, 'the banner UI is never even loaded').to.equal(null);
    expect(events.types).to.deep.equal(['cap-consent-change']);
    expect(events.reasons).to.deep.equal(['restored']);
    expect(element.consent).to.include({ necessary: true, statistics: true, marketing: false, policyVersion: '1' });
  });

  it('is asked again after the policy version changes, with a line saying so', async () => {
    const { element, events } = await returningVisitor(storedValue({ statistics: true, marketing: true }, '2023-01'), {
      'policy-version': '2024-05',
    });
    expect(bannerVisible(element)).to.equal(true);
    expect(element.consent).to.equal(null);
    expect(events.reasons).to.deep.equal([]);
    expect(part(element, 'policy-updated').textContent).to.contain('Политика конфиденциальности обновлена');
  });

  it('applies a language and a policy version changed in the same moment', async () => {
    const { element } = await returningVisitor(storedValue({ statistics: true, marketing: true }));
    element.setAttribute('lang', 'en');
    element.setAttribute('policy-version', '2');
    await Promise.resolve();
    await element.updateComplete;
    expect(bannerVisible(element)).to.equal(true);
    expect(part(element, 'accept-all').textContent?.trim()).to.equal('Accept all');
    expect(part(element, 'policy-updated').textContent).to.contain('privacy policy has changed');
  });

  it('keeps the consent id when deciding again on the new version', async () => {
    const old = storedValue({ statistics: true, marketing: true }, '2023-01');
    const { element } = await returningVisitor(old, { 'policy-version': '2024-05' });
    part(element, 'accept-necessary').click();
    expect(element.consent?.id).to.equal(old.split('.').pop());
    expect(element.consent?.policyVersion).to.equal('2024-05');
  });

  it('who changes the choice later fires "updated", and withdrawal fires "withdrawn"', async () => {
    const { element } = await returningVisitor(storedValue({ statistics: true, marketing: true }));
    const events = recordEvents();
    element.save({ marketing: false });
    element.withdraw();
    events.stop();
    expect(events.reasons).to.deep.equal(['updated', 'withdrawn']);
    expect(element.consent).to.include({ statistics: false, marketing: false });
    expect(bannerVisible(element), 'a withdrawal is a decision: no banner').to.equal(false);
  });

  const badValues: Array<[string, string]> = [
    ['garbage', 'hello world'],
    ['a truncated value', storedValue({ statistics: true, marketing: true }).slice(0, 20)],
    ['a huge value', 'v1.'.padEnd(3000, 'x')],
    ['JSON', '{"statistics":true,"marketing":true}'],
    ['a script tag', '<script>alert(1)</script>'],
  ];
  for (const [what, value] of badValues) {
    it(`with ${what} in the cookie sees the banner, gets nothing granted, and the console says so once`, async () => {
      let result: Awaited<ReturnType<typeof returningVisitor>> | undefined;
      const warnings = await consentWarnings(async () => {
        result = await returningVisitor(value);
      });
      expect(bannerVisible(result!.element)).to.equal(true);
      expect(result!.element.consent).to.equal(null);
      expect(result!.events.reasons).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[cap-consent\] ignored the cookie ".+": .+ nothing is granted/);
    });
  }
});
