import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CapConsentElement } from '../../src/index.js';
import { cleanPage, consentElement, part } from '../support/helpers.js';
import { contrastRatio } from './a11y-support.js';

function background(element: CapConsentElement, name: string): string {
  return getComputedStyle(part(element, name)).backgroundColor;
}

function switchOf(element: CapConsentElement, category: string): HTMLInputElement {
  return part(element, 'preferences').querySelector<HTMLInputElement>(`input[name="${category}"]`)!;
}

describe('what axe cannot measure', () => {
  afterEach(async () => {
    cleanPage();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the focus ring is solid, at least 2 px and 3:1 against the background (${colorScheme})`, async () => {
      await emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const element = await consentElement();
      await sendKeys({ press: 'Shift' }); // keyboard modality, as for a visitor who tabs
      const checkRing = (control: HTMLElement, against: string): void => {
        control.focus();
        const style = getComputedStyle(control);
        const label = `${control.getAttribute('part') ?? control.getAttribute('name') ?? control.className}`;
        expect(control.matches(':focus-visible'), label).to.equal(true);
        expect(style.outlineStyle, label).to.equal('solid');
        expect(parseFloat(style.outlineWidth), label).to.be.at.least(2);
        expect(contrastRatio(style.outlineColor, against), label).to.be.at.least(3);
      };
      for (const control of part(element, 'banner').querySelectorAll<HTMLElement>('a, button')) {
        checkRing(control, background(element, 'banner'));
      }
      element.showPreferences();
      await element.updateComplete;
      for (const control of part(element, 'preferences').querySelectorAll<HTMLElement>(
        'button, input:not(:disabled)',
      )) {
        checkRing(control, background(element, 'preferences'));
      }
    });

    it(`buttons and switches have edges of 3:1 or more (${colorScheme})`, async () => {
      await emulateMedia({ colorScheme });
      const element = await consentElement();
      const bannerBackground = background(element, 'banner');
      const settings = getComputedStyle(part(element, 'settings'));
      expect(contrastRatio(settings.borderTopColor, bannerBackground), 'secondary button border').to.be.at.least(3);
      expect(contrastRatio(background(element, 'accept-all'), bannerBackground), 'primary button').to.be.at.least(3);
      element.showPreferences();
      await element.updateComplete;
      const dialogBackground = background(element, 'preferences');
      const statistics = switchOf(element, 'statistics');
      expect(contrastRatio(getComputedStyle(statistics).borderTopColor, dialogBackground), 'switch off').to.be.at.least(
        3,
      );
      statistics.checked = true;
      expect(contrastRatio(getComputedStyle(statistics).backgroundColor, dialogBackground), 'switch on').to.be.at.least(
        3,
      );
    });
  }

  it('shows a switch as on by a check mark and the knob position, not by colour alone', async () => {
    const element = await consentElement();
    element.showPreferences();
    await element.updateComplete;
    const statistics = switchOf(element, 'statistics');
    const knobOff = getComputedStyle(statistics, '::before').left;
    expect(getComputedStyle(statistics, '::after').content).to.equal('none');
    statistics.checked = true;
    expect(getComputedStyle(statistics, '::after').content).to.equal('"✓"');
    expect(getComputedStyle(statistics, '::before').left).to.not.equal(knobOff);
  });

  it('underlines the policy link, so it is told from the text without colour', async () => {
    const element = await consentElement();
    expect(getComputedStyle(part(element, 'policy-link')).textDecorationLine).to.contain('underline');
  });

  it('announces the necessary cookies as always on', async () => {
    const element = await consentElement();
    element.showPreferences();
    await element.updateComplete;
    const necessary = switchOf(element, 'necessary');
    const description = element.shadowRoot!.getElementById(necessary.getAttribute('aria-describedby')!);
    expect(necessary.checked && necessary.disabled).to.equal(true);
    expect(description?.textContent).to.contain('Всегда включены');
  });

  it('slides the banner in only when the visitor has not asked for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await consentElement();
    expect(part(moving, 'banner').getAnimations()).to.have.length(1);
    cleanPage();
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await consentElement();
    expect(part(still, 'banner').getAnimations()).to.have.length(0);
  });
});
