import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { cleanPage, consentElement, part } from '../support/helpers.js';
import { axeViolations } from './a11y-support.js';

const FOUR_SERVICES = '/test/fixtures/disclosure/four-services.json';

describe('axe-core finds no WCAG 2.2 AA violation', () => {
  afterEach(async () => {
    cleanPage();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const lang of ['ru', 'kk', 'en']) {
      it(`in the banner, the open preferences and the confirmation (${lang}, ${colorScheme})`, async () => {
        await emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        const element = await consentElement({ lang });
        expect(await axeViolations(element), 'banner').to.deep.equal([]);

        part(element, 'settings').click();
        await element.updateComplete;
        expect((part(element, 'preferences') as HTMLDialogElement).open).to.equal(true);
        expect(await axeViolations(element), 'preferences').to.deep.equal([]);

        part(element, 'save').click();
        await element.updateComplete;
        expect(part(element, 'confirmation').textContent?.trim()).to.not.equal('');
        expect(await axeViolations(element), 'confirmation').to.deep.equal([]);
      });
    }
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const lang of ['ru', 'kk', 'en']) {
      it(`in the longer preferences: four services, the visitor's record (${lang}, ${colorScheme})`, async () => {
        await emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        const element = await consentElement({ lang, 'config-src': FOUR_SERVICES, 'receipt-url': '/receipts/axe' });
        await element.configComplete;
        element.acceptNecessary();
        element.showPreferences();
        await element.updateComplete;
        expect(element.shadowRoot!.querySelectorAll('.service')).to.have.length(4);
        expect(part(element, 'record').textContent).to.contain(element.consent!.id);
        expect(await axeViolations(element)).to.deep.equal([]);
      });
    }
  }

  it('and sees into the shadow DOM: a theme with grey-on-white text is reported', async () => {
    const element = await consentElement({ style: '--cap-consent-color: #b0b0b0' });
    expect((await axeViolations(element)).join('\n')).to.contain('color-contrast');
  });

  it('in the banner that says the policy changed', async () => {
    const element = await consentElement({ 'policy-version': '2' });
    element.acceptAll();
    element.setAttribute('policy-version', '3');
    await element.updateComplete;
    await element.updateComplete;
    expect(part(element, 'policy-updated').textContent?.trim()).to.not.equal('');
    expect(await axeViolations(element)).to.deep.equal([]);
  });
});
