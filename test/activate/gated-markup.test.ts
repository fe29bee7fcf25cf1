import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { addToPage, cleanPage, consentElement, requestCount, storedDecision } from '../support/helpers.js';
import { scriptLoaded, uniqueUrl } from '../integrations/fake-tags.js';

declare global {
  interface Window {
    runOrder?: string[];
  }
}

const FIXTURES = '/test/fixtures/integrations';

/** The Subresource Integrity value of what the server sends for `url`. */
async function integrityOf(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

function gatedScript(attributes: Record<string, string>, code = ''): HTMLScriptElement {
  return addToPage('script', { type: 'text/plain', 'data-cap-consent': 'statistics', ...attributes }, code);
}

/** Resolves after the MutationObserver callbacks for the changes made so far. */
const mutationsDelivered = () => Promise.resolve();

describe('gated scripts', () => {
  beforeEach(() => {
    window.runOrder = [];
  });
  afterEach(cleanPage);

  it('run in document order: an inline script waits for the external one before it', async () => {
    const first = uniqueUrl(`${FIXTURES}/order.js`, 'name=first');
    const last = uniqueUrl(`${FIXTURES}/order.js`, 'name=last');
    gatedScript({ src: first });
    gatedScript({}, "window.runOrder.push('inline');");
    gatedScript({ src: last });
    const element = await consentElement();
    element.acceptAll();
    await scriptLoaded(last);
    await mutationsDelivered();
    expect(window.runOrder).to.deep.equal(['first', 'inline', 'last']);
  });

  it('keep async, nonce, integrity, crossorigin and their other attributes', async () => {
    const src = uniqueUrl(`${FIXTURES}/order.js`, 'name=checked');
    gatedScript({
      src,
      async: '',
      nonce: 'n0nce',
      integrity: 'sha384-wrong',
      crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer',
      id: 'checked-tag',
      'data-site': 'shop',
    });
    const element = await consentElement();
    const failed = new Promise((resolve) => document.addEventListener('error', resolve, { capture: true, once: true }));
    element.acceptAll();
    const live = document.getElementById('checked-tag') as HTMLScriptElement;
    expect(live.type).to.equal('');
    expect([live.async, live.nonce, live.crossOrigin, live.referrerPolicy, live.dataset.site]).to.deep.equal([
      true,
      'n0nce',
      'anonymous',
      'no-referrer',
      'shop',
    ]);
    expect(live.integrity).to.equal('sha384-wrong');
    await failed;
    expect(window.runOrder, 'a wrong integrity hash still blocks the tag').to.deep.equal([]);
  });

  it('with the right integrity hash runs exactly once, however often consent is saved', async () => {
    const src = uniqueUrl(`${FIXTURES}/order.js`, 'name=once');
    const integrity = await integrityOf(`${FIXTURES}/order.js?name=once`);
    gatedScript({ src, integrity, crossorigin: 'anonymous' });
    const element = await consentElement();
    element.acceptAll();
    await scriptLoaded(src);
    element.save({ statistics: true });
    element.setAttribute('policy-url', 'https://cap.kz/privacy?again');
    await element.updateComplete;
    expect(window.runOrder).to.deep.equal(['once']);
    expect(await requestCount(src)).to.equal(1);
  });

  it('added later by a single-page app run as soon as they appear, when already granted', async () => {
    const element = await consentElement();
    element.acceptAll();
    const src = uniqueUrl(`${FIXTURES}/order.js`, 'name=late');
    const route = addToPage('div');
    const late = document.createElement('script');
    Object.assign(late, { type: 'text/plain', src });
    late.dataset.capConsent = 'statistics';
    route.append(late);
    await mutationsDelivered();
    await scriptLoaded(src);
    expect(window.runOrder).to.deep.equal(['late']);
  });

  it('added later stay inert while their category is refused', async () => {
    const element = await consentElement();
    element.save({ statistics: true, marketing: false });
    const src = uniqueUrl(`${FIXTURES}/order.js`, 'name=refused');
    addToPage('script', { type: 'text/plain', 'data-cap-consent': 'marketing', src });
    await mutationsDelivered();
    expect(document.querySelector(`script[src="${src}"]`)?.getAttribute('type')).to.equal('text/plain');
    expect(await requestCount(src)).to.equal(0);
  });
});

describe('gated images, frames, videos and stylesheets', () => {
  afterEach(cleanPage);

  it('are not requested before consent and are requested once after', async () => {
    const image = uniqueUrl(`${FIXTURES}/pixel.svg`);
    const imageSet = uniqueUrl(`${FIXTURES}/pixel.svg`, 'set');
    const frame = uniqueUrl(`${FIXTURES}/frame.html`);
    const style = uniqueUrl(`${FIXTURES}/gated.css`);
    const img = addToPage<HTMLImageElement>('img', {
      'data-cap-consent': 'marketing',
      'data-src': image,
      'data-srcset': `${imageSet} 2x`,
      alt: '',
    });
    const iframe = addToPage<HTMLIFrameElement>('iframe', { 'data-cap-consent': 'marketing', 'data-src': frame });
    const link = addToPage<HTMLLinkElement>('link', {
      rel: 'stylesheet',
      'data-cap-consent': 'marketing',
      'data-src': style,
    });
    const element = await consentElement();
    element.save({ statistics: true });
    expect([img.src, iframe.src, link.href]).to.deep.equal(['', '', '']);
    const loaded = Promise.all(
      [img, iframe, link].map((media) => new Promise((done) => media.addEventListener('load', done))),
    );
    element.acceptAll();
    await loaded;
    expect(await requestCount(image)).to.equal(1);
    expect(await requestCount(frame)).to.equal(1);
    expect(await requestCount(style)).to.equal(1);
    expect(img.getAttribute('srcset')).to.equal(`${imageSet} 2x`);
    expect(img.hasAttribute('data-src')).to.equal(false);
  });

  it('a video gets the sources of its <source data-src> children', async () => {
    const video = addToPage<HTMLVideoElement>('video', { 'data-cap-consent': 'marketing', preload: 'none' });
    const source = document.createElement('source');
    source.dataset.src = `${FIXTURES}/clip.webm`;
    video.append(source);
    const element = await consentElement();
    element.acceptAll();
    expect(source.getAttribute('src')).to.equal(`${FIXTURES}/clip.webm`);
  });

  it('a placeholder «Разрешить» button grants only its category and the frame loads', async () => {
    const frame = uniqueUrl(`${FIXTURES}/frame.html`, 'placeholder');
    const iframe = addToPage<HTMLIFrameElement>('iframe', {
      'data-cap-consent': 'marketing',
      'data-src': frame,
      title: 'Видео',
    });
    const placeholder = addToPage('div', { 'data-cap-consent-requires': '!marketing', hidden: '' });
    const allow = document.createElement('button');
    allow.dataset.capConsentGrant = 'marketing';
    allow.textContent = 'Разрешить';
    placeholder.append(allow);
    const element = await consentElement();
    expect(placeholder.hidden).to.equal(false);
    const loaded = new Promise((done) => iframe.addEventListener('load', done));
    allow.click();
    await loaded;
    expect(element.consent).to.include({ marketing: true, statistics: false });
    expect(placeholder.hidden).to.equal(true);
    expect(await requestCount(frame)).to.equal(1);
  });
});

describe('authorized areas without a flash of wrong content', () => {
  afterEach(cleanPage);

  /** Every value `hidden` takes on `element` from now on, starting with the current one. */
  function hiddenStates(element: HTMLElement): boolean[] {
    const hidden = () => element.hasAttribute('hidden');
    const states = [hidden()];
    new MutationObserver(() => states.push(hidden())).observe(element, { attributeFilter: ['hidden'] });
    return states;
  }

  it('a returning visitor who allowed statistics never sees the fallback', async () => {
    const name = await storedDecision({ statistics: true, marketing: false });
    const area = addToPage('section', { 'data-cap-consent-requires': 'statistics', hidden: '' });
    const fallback = addToPage('p', { 'data-cap-consent-requires': '!statistics', hidden: '' });
    const [areaStates, fallbackStates] = [hiddenStates(area), hiddenStates(fallback)];
    await consentElement({ 'cookie-name': name });
    await mutationsDelivered();
    expect(areaStates).to.deep.equal([true, false]);
    expect(fallbackStates.every(Boolean), 'the fallback stayed hidden').to.equal(true);
  });

  it('a first-time visitor never sees the authorized area, only the fallback', async () => {
    const area = addToPage('section', { 'data-cap-consent-requires': 'statistics', hidden: '' });
    const fallback = addToPage('p', { 'data-cap-consent-requires': '!statistics', hidden: '' });
    const [areaStates, fallbackStates] = [hiddenStates(area), hiddenStates(fallback)];
    await consentElement();
    await mutationsDelivered();
    expect(areaStates.every(Boolean), 'the area stayed hidden').to.equal(true);
    expect(fallback.hidden).to.equal(false);
    expect(fallbackStates[0]).to.equal(true);
  });

  it('areas added by a single-page app get the right state at once', async () => {
    const element = await consentElement();
    element.save({ statistics: true });
    const route = addToPage('main');
    route.innerHTML = `
      <section data-cap-consent-requires="statistics" hidden>progress</section>
      <p data-cap-consent-requires="!statistics">allow statistics</p>
      <div data-cap-consent-requires="statistics marketing" hidden>both</div>`;
    await mutationsDelivered();
    expect(Array.from(route.children, (child) => (child as HTMLElement).hasAttribute('hidden'))).to.deep.equal([
      false,
      true,
      true,
    ]);
  });
});
