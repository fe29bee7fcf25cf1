import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { CapConsentElement } from '../../src/index.js';
import { cleanPage, consentElement } from '../support/helpers.js';

type Pixels = CapConsentElement['pixels'];

/** Resolves with `element.pixels` once `ready` holds for it (now or after a cap-consent-pixels event). */
async function pixelsWhen(element: CapConsentElement, ready: (pixels: Pixels) => boolean): Promise<Pixels> {
  while (!ready(element.pixels)) await oneEvent(element, 'cap-consent-pixels');
  return element.pixels;
}

const states = (pixels: Pixels) => Object.fromEntries(pixels.map(({ id, state }) => [id, state]));

describe('element.pixels', () => {
  afterEach(cleanPage);

  it('is empty without a config', async () => {
    const element = await consentElement();
    expect(element.pixels).to.deep.equal([]);
  });

  it('lists every state: waiting, disabled, invalid, then started, failed, withdrawn and started again', async () => {
    const element = await consentElement();
    element.config = {
      pixels: [
        { id: 'ym', category: 'statistics', enabled: true, preset: 'yandex-metrika', counter: 67001 },
        { id: 'off', category: 'statistics', enabled: false, src: '/test/fixtures/integrations/plain-pixel.js?off' },
        { id: 'gone', category: 'marketing', enabled: true, src: '/test/fixtures/integrations/missing-tag.js' },
        { id: 'typo', category: 'statistics', enabeld: true, src: '/p.js' },
      ],
    };
    const first = await pixelsWhen(element, (pixels) => pixels.length === 4);
    expect(
      first.map(({ id, vendor, category, enabled, state }) => [id, vendor, category, enabled, state]),
    ).to.deep.equal([
      ['ym', 'yandex-metrika', 'statistics', true, 'waiting'],
      ['off', 'src', 'statistics', false, 'disabled'],
      ['gone', 'src', 'marketing', true, 'waiting'],
      ['typo', 'src', 'statistics', false, 'invalid'],
    ]);
    expect(first[0].reason).to.equal('waits for consent to "statistics"');
    expect(first[3].reason).to.equal('"enabeld": unknown key: write "enabled"');
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).to.equal(true);

    element.acceptAll();
    const started = await pixelsWhen(element, (pixels) => states(pixels).gone === 'failed');
    expect(states(started)).to.deep.equal({ ym: 'started', off: 'disabled', gone: 'failed', typo: 'invalid' });
    expect(started[2].reason).to.contain('missing-tag.js could not be loaded');

    element.save({ statistics: false });
    const withdrawn = await pixelsWhen(element, (pixels) => states(pixels).ym === 'withdrawn');
    expect(withdrawn[0].reason).to.contain('withdrawn; the tag was asked to stop');
    expect(window.disableYaCounter67001).to.equal(true);

    element.save({ statistics: true });
    await pixelsWhen(element, (pixels) => states(pixels).ym === 'started');
    expect(window.disableYaCounter67001).to.equal(false);
  });

  it('announces each change with cap-consent-pixels, carrying the list', async () => {
    const element = await consentElement();
    const announced = oneEvent(element, 'cap-consent-pixels');
    element.config = {
      pixels: [
        {
          id: 'plain',
          category: 'marketing',
          enabled: true,
          src: '/test/fixtures/integrations/plain-pixel.js?announced',
        },
      ],
    };
    const { detail } = await announced;
    expect(detail.pixels).to.equal(element.pixels);
    const started = oneEvent(document, 'cap-consent-pixels');
    element.acceptAll();
    expect((await started).detail.pixels[0].state).to.equal('started');
  });
});

/** Resolves with the debug panel once it is in the document. */
function debugPanel(): Promise<ShadowRoot> {
  return new Promise((resolve) => {
    const found = () => document.querySelector('[data-cap-consent-debug]')?.shadowRoot;
    const observer = new MutationObserver(() => {
      const root = found();
      if (!root) return;
      observer.disconnect();
      resolve(root);
    });
    observer.observe(document.body, { childList: true });
    const root = found();
    if (root) {
      observer.disconnect();
      resolve(root);
    }
  });
}

/** Resolves once the panel's first pixel row shows `text`. */
function panelShows(root: ShadowRoot, text: string): Promise<void> {
  const shows = () => Boolean(root.querySelectorAll('tr')[1]?.textContent?.includes(text));
  return new Promise((resolve) => {
    if (shows()) return resolve();
    const observer = new MutationObserver(() => {
      if (!shows()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

describe('the debug panel', () => {
  afterEach(() => {
    cleanPage();
    document.querySelector('[data-cap-consent-debug]')?.remove();
  });

  it('with the debug attribute, lists each pixel and its state, and follows changes', async () => {
    const element = await consentElement({ debug: '' });
    element.config = {
      pixels: [
        { id: 'shown', category: 'marketing', enabled: true, src: '/test/fixtures/integrations/plain-pixel.js?debug' },
      ],
    };
    const root = await debugPanel();
    await panelShows(root, 'waiting');
    expect(root.querySelectorAll('tr')[1].textContent).to.contain('shown').and.contain('marketing');
    element.acceptAll();
    await panelShows(root, 'started');
    root.querySelector('button')?.click();
    expect(document.querySelector('[data-cap-consent-debug]')).to.equal(null);
  });
});

describe('Meta Pixel withdrawn and granted again on the same page', () => {
  afterEach(cleanPage);

  it('revokes on withdrawal (the tag sends nothing) and grants again when consent returns', async () => {
    const hits = () =>
      ((window as { standIns?: { hits: string[] } }).standIns?.hits ?? []).filter((hit) => hit.includes('id=69001'));
    const element = await consentElement();
    element.config = {
      pixels: [{ id: 'meta', category: 'marketing', enabled: true, preset: 'meta-pixel', pixelId: 69001 }],
    };
    const loaded = (async () => {
      while ((await oneEvent(document, 'stand-in-loaded')).detail !== 'fbevents.js');
    })();
    element.acceptAll();
    await loaded;
    expect(hits()).to.deep.equal(['https://www.facebook.com/tr?id=69001&ev=PageView']);
    element.save({ marketing: false });
    window.fbq?.('trackSingle', '69001', 'Lead');
    expect(hits()).to.have.length(1);
    element.save({ marketing: true });
    window.fbq?.('trackSingle', '69001', 'Lead');
    expect(hits()).to.deep.equal([
      'https://www.facebook.com/tr?id=69001&ev=PageView',
      'https://www.facebook.com/tr?id=69001&ev=Lead',
    ]);
  });
});
