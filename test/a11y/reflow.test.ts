import { expect, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CapConsentElement } from '../../src/index.js';
import { addToPage, cleanPage, consentElement, part } from '../support/helpers.js';
import { axeViolations } from './a11y-support.js';

const BANNER_BUTTONS = ['accept-all', 'accept-necessary', 'settings'];

/** The element first in <body>, as the README asks, above some page content. */
async function pageWithBanner(attributes: Record<string, string> = {}): Promise<CapConsentElement> {
  const element = await consentElement(attributes);
  document.body.prepend(element);
  addToPage('main', {}, 'Курсы повышения квалификации. '.repeat(80));
  await element.updateComplete;
  return element;
}

function horizontalOverflow(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/**
 * Whether the visitor can see and hit `control`: inside the viewport (text lays out at fractions of a pixel,
 * scrolling stops at whole ones: half a pixel over the edge is inside), not covered by anything, and at least
 * 24 × 24 px unless it is a link inside a sentence (WCAG 2.5.8 exempts those).
 */
function onScreen(element: CapConsentElement, control: HTMLElement, minSize = 24): boolean {
  // A link wrapped over two lines: its first line, whose middle is on the link.
  const box = control.getClientRects()[0] ?? control.getBoundingClientRect();
  const edge = 0.5;
  const inside =
    box.top >= -edge && box.left >= -edge && box.bottom <= innerHeight + edge && box.right <= innerWidth + edge;
  const hit = element.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return inside && box.width >= minSize && box.height >= minSize && (hit === control || control.contains(hit));
}

/** Runs the suite at this viewport size, with the slide-in off so positions are final. */
function useViewport(width: number, height: number): void {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(() => setViewport({ width, height }));
  afterEach(cleanPage);
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
}

async function expectPreferencesReachable(lang: string, opened?: CapConsentElement): Promise<void> {
  const element = opened ?? (await pageWithBanner({ lang }));
  part(element, 'settings').click();
  await element.updateComplete;
  const dialog = part(element, 'preferences');
  expect(horizontalOverflow()).to.equal(0);
  expect(dialog.scrollWidth, 'no horizontal scrolling in the dialog').to.be.at.most(dialog.clientWidth);
  for (const control of dialog.querySelectorAll<HTMLElement>('button, input')) {
    control.scrollIntoView({ block: 'nearest' });
    expect(onScreen(element, control), control.getAttribute('name') ?? control.textContent ?? '').to.equal(true);
  }
}

describe('on a 320 × 640 phone', () => {
  useViewport(320, 640);

  for (const lang of ['ru', 'kk', 'en']) {
    it(`the ${lang} banner fits the width, shows every button and leaves most of the page visible`, async () => {
      const element = await pageWithBanner({ lang });
      expect(horizontalOverflow(), 'horizontal scrolling').to.equal(0);
      for (const name of BANNER_BUTTONS) expect(onScreen(element, part(element, name)), name).to.equal(true);
      const banner = part(element, 'banner');
      expect(banner.scrollHeight, 'no scrolling inside the banner').to.be.at.most(banner.clientHeight);
      // Measured with the test machine's DejaVu Sans, wider than the fonts phones use.
      expect(banner.getBoundingClientRect().height / innerHeight).to.be.at.most(0.55);
    });

    it(`the ${lang} preferences fit the width and every control can be reached`, () =>
      expectPreferencesReachable(lang));

    it(`the longer ${lang} preferences (four services, the record) scroll inside and never clip`, async () => {
      const element = await pageWithBanner({ lang, 'config-src': '/test/fixtures/disclosure/four-services.json' });
      await element.configComplete;
      element.acceptNecessary();
      await expectPreferencesReachable(lang, element);
      const dialog = part(element, 'preferences');
      expect(dialog.scrollHeight, 'longer than the screen, so it scrolls').to.be.greaterThan(dialog.clientHeight);
      expect(getComputedStyle(dialog).overflowY).to.equal('auto');
      const box = dialog.getBoundingClientRect();
      expect(box.top >= 0 && box.bottom <= innerHeight, 'the dialog itself stays on screen').to.equal(true);
      for (const link of dialog.querySelectorAll<HTMLElement>('a[href]')) {
        link.scrollIntoView({ block: 'nearest' });
        expect(onScreen(element, link, 0), link.textContent ?? '').to.equal(true);
      }
      expect(await axeViolations(element), 'axe at 320 px').to.deep.equal([]);
    });
  }
});

describe('with the text spacing of WCAG 1.4.12 on a 320 px phone', () => {
  useViewport(320, 640);

  for (const lang of ['ru', 'kk', 'en']) {
    it(`the ${lang} banner and preferences lose no text`, async () => {
      const element = await pageWithBanner({ lang });
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
          ' p { margin-bottom: 2em !important; }',
      );
      element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, spacing];
      element.showPreferences();
      await element.updateComplete;
      expect(horizontalOverflow()).to.equal(0);
      for (const button of element.shadowRoot!.querySelectorAll<HTMLElement>('button')) {
        const label = button.textContent?.trim() || (button.getAttribute('aria-label') ?? '');
        expect(button.scrollWidth, `${label}: width`).to.be.at.most(button.clientWidth);
        expect(button.scrollHeight, `${label}: height`).to.be.at.most(button.clientHeight);
      }
    });
  }
});

describe('at 400% zoom (a 1280 × 800 screen is 320 × 200 CSS pixels)', () => {
  useViewport(320, 200);

  it('the banner joins the page flow instead of covering it, and every button can be scrolled to', async () => {
    const element = await pageWithBanner();
    await nextFrame(); // after the first layout, when a covering bar would have had space reserved
    await nextFrame();
    const banner = part(element, 'banner');
    expect(getComputedStyle(banner).position).to.equal('static');
    expect(document.body.style.paddingBottom, 'no space reserved for a bar that covers nothing').to.equal('');
    expect(horizontalOverflow()).to.equal(0);
    for (const name of BANNER_BUTTONS) {
      part(element, name).scrollIntoView({ block: 'nearest' });
      expect(onScreen(element, part(element, name)), name).to.equal(true);
    }
  });

  it('the preferences scroll inside the dialog and every control can be reached', () =>
    expectPreferencesReachable('ru'));
});
