import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CapConsentElement } from '../../src/index.js';
import { addToPage, cleanPage, consentElement, part, recordEvents } from '../support/helpers.js';

function dialogOf(element: CapConsentElement): HTMLDialogElement {
  return part(element, 'preferences') as HTMLDialogElement;
}

function switchOf(element: CapConsentElement, category: string): HTMLInputElement {
  return dialogOf(element).querySelector<HTMLInputElement>(`input[name="${category}"]`)!;
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('the preferences panel', () => {
  afterEach(cleanPage);

  it('opens from «Настроить» as a modal dialog with one labelled switch per category', async () => {
    const element = await consentElement();
    part(element, 'settings').click();
    await element.updateComplete;
    const dialog = dialogOf(element);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const necessary = switchOf(element, 'necessary');
    expect(necessary.checked && necessary.disabled).to.equal(true);
    for (const category of ['statistics', 'marketing']) {
      const input = switchOf(element, category);
      expect(input.checked, `${category} starts off`).to.equal(false);
      expect(input.labels?.[0]?.textContent?.trim()).to.not.equal('');
      const description = element.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!);
      expect(description?.textContent?.trim()).to.not.equal('');
    }
  });

  it('saves exactly the switches the visitor turned on', async () => {
    const element = await consentElement();
    part(element, 'settings').click();
    await element.updateComplete;
    switchOf(element, 'statistics').click();
    const events = recordEvents();
    part(element, 'save').click();
    await element.updateComplete;
    events.stop();
    expect(events.reasons).to.deep.equal(['decided']);
    expect(element.consent).to.include({ statistics: true, marketing: false });
    expect(dialogOf(element).open).to.equal(false);
  });

  it('shows only the categories the site declares, and grants only those', async () => {
    const element = await consentElement({ categories: 'statistics' });
    element.showPreferences();
    await element.updateComplete;
    expect(switchOf(element, 'marketing')).to.equal(null);
    element.acceptAll();
    expect(element.consent).to.include({ statistics: true, marketing: false });
  });

  it('opens from a [data-cap-consent-open] button in the page, and Escape returns focus to it', async () => {
    const element = await consentElement();
    part(element, 'accept-necessary').click();
    const button = addToPage<HTMLButtonElement>('button', { 'data-cap-consent-open': '' }, 'Настройки cookie');
    button.focus();
    button.click();
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(true);
    expect(deepActive(), 'focus moved into the dialog').to.satisfy((active: Element) =>
      dialogOf(element).contains(active),
    );
    expect(switchOf(element, 'statistics').checked, 'shows the stored choice').to.equal(false);
    const hidden = oneEvent(element, 'cap-consent-hidden');
    await sendKeys({ press: 'Escape' });
    await hidden;
    expect(dialogOf(element).open).to.equal(false);
    expect(document.activeElement).to.equal(button);
  });
});

describe('a keyboard user', () => {
  afterEach(cleanPage);

  it('can reach and press every banner button with Tab and Enter', async () => {
    const before = addToPage<HTMLButtonElement>('button', {}, 'before');
    const element = await consentElement();
    document.body.insertBefore(element, before.nextSibling);
    const reached: string[] = [];
    before.focus();
    for (let step = 0; step < 4; step++) {
      await sendKeys({ press: 'Tab' });
      reached.push(deepActive()?.getAttribute('part') ?? deepActive()?.tagName ?? '');
    }
    expect(reached).to.deep.equal(['policy-link', 'accept-all', 'accept-necessary', 'settings']);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(true);
    expect(deepActive()?.className, 'focus starts on the close button').to.equal('close');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(switchOf(element, 'statistics'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('save');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.consent).to.include({ statistics: true, marketing: false });
    expect(deepActive()?.tagName, 'focus is not lost to <body>').to.not.equal('BODY');
  });
});
