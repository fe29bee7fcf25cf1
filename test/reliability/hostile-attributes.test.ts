import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { browserCookies, cleanPage, consentElement, consentWarnings, cookieNameOf, part } from '../support/helpers.js';

const DAY_MS = 86_400_000;

// Slotted text stays text: see test/element/language.test.ts.
describe('hostile or mistaken attributes', () => {
  afterEach(cleanPage);

  for (const url of [
    'javascript:window.hostile=1',
    'data:text/html,<script>window.hostile=1</script>',
    ' JavaScript:x',
  ]) {
    it(`policy-url="${url}" falls back to the default link, with one console warning`, async () => {
      const warnings = await consentWarnings(() => consentElement({ 'policy-url': url }));
      const link = part(document.querySelector('cap-consent')!, 'policy-link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://cap.kz/privacy');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('policy-url');
    });
  }

  it('markup inside an accepted policy-url stays an address, never HTML', async () => {
    const url = 'https://cap.kz/privacy?"><img src=x onerror="window.hostile=1">';
    const element = await consentElement({ 'policy-url': url });
    const link = part(element, 'policy-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(url);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { hostile?: number }).hostile).to.equal(undefined);
  });

  it('an unknown lang falls back to Russian, and says so', async () => {
    const warnings = await consentWarnings(() => consentElement({ lang: '<b>xx</b>' }));
    const element = document.querySelector('cap-consent')!;
    expect(part(element, 'accept-all').textContent?.trim()).to.equal('Принять все');
    expect(warnings).to.deep.equal(['[cap-consent] lang="<b>xx</b>" is not supported (ru, kk, en); using ru']);
  });

  it('unknown category names are reported, and only known ones are offered', async () => {
    const warnings = await consentWarnings(() => consentElement({ categories: 'statistics ads <i>x</i>' }));
    const element = document.querySelector('cap-consent')!;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"ads"').and.to.contain('"<i>x</i>"');
    element.acceptAll();
    expect(element.consent).to.include({ statistics: true, marketing: false });
  });

  for (const [days, kept] of [
    ['100000', 400],
    ['-5', 1],
    ['0.2', 1],
  ] as const) {
    it(`cookie-days="${days}" is clamped to ${kept} days, and says so`, async () => {
      const warnings = await consentWarnings(() => consentElement({ 'cookie-days': days }));
      const element = document.querySelector('cap-consent')!;
      element.acceptAll();
      const [cookie] = await browserCookies(cookieNameOf(element));
      expect((cookie.expires * 1000 - Date.now()) / DAY_MS).to.be.within(kept - 0.1, kept + 0.1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`cookie-days="${days}"`);
    });
  }
});
