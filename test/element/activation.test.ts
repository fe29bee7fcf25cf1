import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { addToPage, cleanPage, consentElement, part, requestCount } from '../support/helpers.js';

declare global {
  interface Window {
    pixelRuns?: number;
  }
}

let pixelNumber = 0;

/** A gated statistics tag with a URL of its own, so the server's count is this test's alone. */
function gatedPixel(category = 'statistics'): string {
  pixelNumber += 1;
  const url = `/test/fixtures/pixel.js?activation=${Date.now()}-${pixelNumber}`;
  addToPage('script', { type: 'text/plain', 'data-cap-consent': category, src: url });
  return url;
}

function scriptLoaded(url: string): Promise<void> {
  return new Promise((resolve) => {
    const script = document.querySelector<HTMLScriptElement>(`script[src="${url}"]:not([type="text/plain"])`);
    if (!script) throw new Error(`the script for ${url} was not started`);
    script.addEventListener('load', () => resolve(), { once: true });
  });
}

describe('gated statistics script', () => {
  beforeEach(() => {
    window.pixelRuns = 0;
  });
  afterEach(cleanPage);

  it('is not requested before consent and is requested once after «Принять все»', async () => {
    const url = gatedPixel();
    const element = await consentElement();
    expect(await requestCount(url)).to.equal(0);
    part(element, 'accept-all').click();
    await scriptLoaded(url);
    element.acceptAll();
    expect(await requestCount(url)).to.equal(1);
    expect(window.pixelRuns).to.equal(1);
  });

  it('is never requested when the visitor keeps only necessary cookies', async () => {
    const url = gatedPixel();
    const element = await consentElement();
    part(element, 'accept-necessary').click();
    expect(document.querySelector(`script[src="${url}"]`)?.getAttribute('type')).to.equal('text/plain');
    expect(await requestCount(url)).to.equal(0);
  });

  it('runs an inline gated script once, keeping its other attributes', async () => {
    addToPage(
      'script',
      { type: 'text/plain', 'data-cap-consent': 'statistics', id: 'inline-tag' },
      'window.pixelRuns = (window.pixelRuns ?? 0) + 10;',
    );
    const element = await consentElement();
    element.acceptAll();
    element.save({ statistics: true });
    expect(window.pixelRuns).to.equal(10);
    expect(document.getElementById('inline-tag')?.getAttribute('type')).to.equal(null);
  });
});

describe('authorized areas', () => {
  afterEach(cleanPage);

  it('stay hidden until their category is granted, and hide again on withdrawal', async () => {
    const area = addToPage('section', { 'data-cap-consent-requires': 'statistics', hidden: '' }, 'Статистика курса');
    const fallback = addToPage('p', { 'data-cap-consent-requires': '!statistics', hidden: '' }, 'Разрешите статистику');
    const element = await consentElement();
    expect([area.hidden, fallback.hidden]).to.deep.equal([true, false]);
    element.save({ statistics: true });
    expect([area.hidden, fallback.hidden]).to.deep.equal([false, true]);
    element.withdraw();
    expect([area.hidden, fallback.hidden]).to.deep.equal([true, false]);
  });

  it('stay invisible while not granted even when page CSS gives them a display', async () => {
    const style = addToPage('style', {}, '.card { display: grid; }');
    const area = addToPage('div', { class: 'card', 'data-cap-consent-requires': 'marketing', hidden: '' }, 'Видео');
    const element = await consentElement();
    expect(area.getBoundingClientRect().height, 'not shown before consent').to.equal(0);
    element.acceptAll();
    expect(getComputedStyle(area).display).to.equal('grid');
    element.withdraw();
    expect(area.getBoundingClientRect().height, 'hidden again after withdrawal').to.equal(0);
    style.remove();
  });

  it('needing two categories appear only when both are granted; an unknown category never is', async () => {
    const both = addToPage('div', { 'data-cap-consent-requires': 'statistics marketing', hidden: '' });
    const typo = addToPage('div', { 'data-cap-consent-requires': 'statistcs', hidden: '' });
    const element = await consentElement();
    element.save({ statistics: true, marketing: false });
    expect(both.hidden).to.equal(true);
    element.acceptAll();
    expect([both.hidden, typo.hidden]).to.deep.equal([false, true]);
  });
});

describe('whenGranted', () => {
  afterEach(cleanPage);

  it('resolves when the category is granted later, and at once when it already is', async () => {
    const element = await consentElement();
    let resolved = false;
    const granted = element.whenGranted('statistics').then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).to.equal(false);
    element.save({ statistics: true });
    await granted;
    await element.whenGranted('statistics');
    await element.whenGranted('necessary');
  });

  it('does not resolve for a category that stays refused', async () => {
    const element = await consentElement();
    let resolved = false;
    element.whenGranted('marketing').then(() => (resolved = true));
    element.acceptNecessary();
    await new Promise((settle) => requestAnimationFrame(settle));
    expect(resolved).to.equal(false);
  });
});
