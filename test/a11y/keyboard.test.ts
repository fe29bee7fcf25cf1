import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CapConsentElement } from '../../src/index.js';
import { addToPage, cleanPage, consentElement, part } from '../support/helpers.js';
import { deepActive } from './a11y-support.js';

function partOf(element: Element | null): string {
  return element?.getAttribute('part') ?? element?.getAttribute('name') ?? element?.tagName ?? 'nothing';
}

async function press(key: string, times = 1): Promise<void> {
  for (let step = 0; step < times; step++) {
    if (key.startsWith('Shift+')) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: key.slice('Shift+'.length) });
      await sendKeys({ up: 'Shift' });
    } else {
      await sendKeys({ press: key });
    }
  }
}

interface Page {
  skipLink: HTMLAnchorElement;
  element: CapConsentElement;
  pageButton: HTMLButtonElement;
}

/** A skip link, the element right after it, then the page's own «Настройки cookie» button. */
async function pageWithBanner(): Promise<Page> {
  const element = await consentElement();
  const skipLink = addToPage<HTMLAnchorElement>('a', { href: '#content' }, 'Перейти к содержанию');
  document.body.prepend(skipLink, element);
  await element.updateComplete;
  const pageButton = addToPage<HTMLButtonElement>('button', { 'data-cap-consent-open': '' }, 'Настройки cookie');
  return { skipLink, element, pageButton };
}

describe('a keyboard-only visitor', () => {
  afterEach(cleanPage);

  it('is not interrupted: the banner does not take focus on load', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await pageWithBanner();
    expect(document.activeElement).to.equal(document.body);
  });

  it('goes from the banner to the page and back without being trapped', async () => {
    const { element, pageButton } = await pageWithBanner();
    part(element, 'settings').focus();
    await press('Tab');
    expect(document.activeElement, 'Tab leaves the banner').to.equal(pageButton);
    await press('Shift+Tab');
    expect(deepActive()).to.equal(part(element, 'settings'));
  });

  it('decides with Tab, Space and Enter, then reopens the settings from the page and leaves with Escape', async () => {
    const { skipLink, element, pageButton } = await pageWithBanner();
    skipLink.focus();

    const reached: string[] = [];
    for (let step = 0; step < 4; step++) {
      await press('Tab');
      reached.push(partOf(deepActive()));
    }
    expect(reached, 'the banner comes first in the tab order').to.deep.equal([
      'policy-link',
      'accept-all',
      'accept-necessary',
      'settings',
    ]);

    await press('Enter');
    await element.updateComplete;
    const dialog = part(element, 'preferences') as HTMLDialogElement;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(deepActive()), 'focus moved into the dialog').to.equal(true);

    await press('Tab');
    expect(partOf(deepActive())).to.equal('statistics');
    await press(' ');
    await press('Tab', 2);
    expect(partOf(deepActive())).to.equal('save');
    const dialogClosed = oneEvent(element, 'cap-consent-hidden');
    await press('Enter');
    await dialogClosed;
    expect(element.consent).to.include({ statistics: true, marketing: false });

    const confirmation = part(element, 'confirmation');
    expect(confirmation.textContent).to.contain('Ваш выбор сохранён');
    expect(deepActive(), 'focus on the confirmation, not lost to <body>').to.equal(confirmation);

    await press('Tab', 2);
    await press('Enter');
    await element.updateComplete;
    expect(confirmation.textContent?.trim(), 'the confirmation is hidden').to.equal('');
    expect(document.activeElement, 'focus moves on to the page').to.equal(pageButton);

    await press('Enter');
    await element.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(
      (dialog.querySelector('[name="statistics"]') as HTMLInputElement).checked,
      'shows the saved choice',
    ).to.equal(true);
    const hidden = oneEvent(element, 'cap-consent-hidden');
    await press('Escape');
    await hidden;
    expect(dialog.open).to.equal(false);
    expect(document.activeElement, 'focus back on the page button').to.equal(pageButton);
  });

  it('stays inside the open preferences while tabbing forwards and backwards', async () => {
    const { element } = await pageWithBanner();
    part(element, 'settings').click();
    await element.updateComplete;
    const dialog = part(element, 'preferences');
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let step = 0; step < 6; step++) {
        await press(key);
        expect(dialog.contains(deepActive()), `${key} ×${step + 1}: ${partOf(deepActive())}`).to.equal(true);
      }
    }
  });

  it('saving from the page button keeps focus on that button, and the decision is announced', async () => {
    const { element, pageButton } = await pageWithBanner();
    pageButton.focus();
    await press('Enter');
    await element.updateComplete;
    part(element, 'save').focus();
    const hidden = oneEvent(element, 'cap-consent-hidden');
    await press('Enter');
    await hidden;
    expect(document.activeElement).to.equal(pageButton);
    expect(part(element, 'confirmation').getAttribute('role')).to.equal('status');
    expect(part(element, 'confirmation').textContent).to.contain('Ваш выбор сохранён');
  });

  it('hears the decision from a live region that was already on the page before it', async () => {
    const { element } = await pageWithBanner();
    const liveRegion = element.shadowRoot!.querySelector('[role="status"]')!;
    expect(liveRegion.textContent?.trim(), 'empty before the decision').to.equal('');
    expect(liveRegion.checkVisibility(), 'in the accessibility tree (not display: none)').to.equal(true);
    part(element, 'accept-necessary').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="status"]')).to.equal(liveRegion);
    expect(liveRegion.textContent).to.contain('Ваш выбор сохранён');
  });
});
