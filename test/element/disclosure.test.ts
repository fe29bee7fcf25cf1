import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CapConsentElement } from '../../src/index.js';
import { addToPage, cleanPage, consentElement, consentWarnings, part } from '../support/helpers.js';

const CONFIG_FILE = '/test/fixtures/disclosure/consent.json';

/** The text under one category of the open preferences: its description, services and cross-border line. */
function categoryText(element: CapConsentElement, category: string): string {
  const row = element.shadowRoot!.getElementById(`category-${category}`)?.closest('li');
  return row?.textContent?.replace(/\s+/g, ' ') ?? '';
}

async function openPreferences(attributes: Record<string, string>): Promise<CapConsentElement> {
  const element = await consentElement(attributes);
  await element.configComplete;
  await element.updateComplete;
  element.showPreferences();
  await element.updateComplete;
  return element;
}

/** What the consent.json fixture (Metrika, Meta and a custom pixel) must make the dialog say, per language. */
const EXPECTED = {
  ru: {
    statistics: ['Yandex Metrica', 'ООО «Яндекс» (Yandex LLC)', 'Россия', 'статистика посещений', '_ym_uid'],
    marketing: ['Meta Pixel', 'Meta Platforms, Inc.', 'США', 'EduPartner Pixel', 'EduPartner GmbH', 'Германия'],
    abroad: ['за пределы Казахстана: Россия', 'за пределы Казахстана: США, Германия'],
  },
  kk: {
    statistics: ['Yandex Metrica', 'ООО «Яндекс» (Yandex LLC)', 'Ресей', 'келушілер', '_ym_uid'],
    marketing: ['Meta Pixel', 'Meta Platforms, Inc.', 'АҚШ', 'EduPartner Pixel', 'EduPartner GmbH', 'Германия'],
    abroad: ['Қазақстаннан тыс жерге беріледі: Ресей', 'Қазақстаннан тыс жерге беріледі: АҚШ, Германия'],
  },
  en: {
    statistics: ['Yandex Metrica', 'ООО «Яндекс» (Yandex LLC)', 'Russia', 'visit and click statistics', '_ym_uid'],
    marketing: ['Meta Pixel', 'Meta Platforms, Inc.', 'USA', 'EduPartner Pixel', 'EduPartner GmbH', 'Germany'],
    abroad: ['outside Kazakhstan: Russia', 'outside Kazakhstan: USA, Germany'],
  },
};

describe('the disclosure generated from the configuration', () => {
  afterEach(cleanPage);

  it('a page that names no service loads no disclosure code (first: the chunk stays loaded once it is)', async () => {
    const element = await openPreferences({ lang: 'ru' });
    expect(element.shadowRoot!.querySelector('.services')).to.equal(null);
    const chunks = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(chunks.filter((name) => name.includes('page-disclosure'))).to.deep.equal([]);
  });

  for (const [lang, expected] of Object.entries(EXPECTED)) {
    it(`names each consent.json service, its provider and its country under its category (${lang})`, async () => {
      const element = await openPreferences({ lang, 'config-src': CONFIG_FILE });
      const [statistics, marketing] = [categoryText(element, 'statistics'), categoryText(element, 'marketing')];
      for (const fact of expected.statistics) expect(statistics).to.contain(fact);
      for (const fact of expected.marketing) expect(marketing).to.contain(fact);
      expect(statistics, 'one cross-border line per category').to.contain(expected.abroad[0]);
      expect(marketing).to.contain(expected.abroad[1]);
      expect(statistics).to.not.contain('Meta');
      expect(marketing).to.not.contain('Yandex');
      const russianName = element.shadowRoot!.querySelector('.services [lang="ru"]');
      if (lang !== 'ru')
        expect(russianName?.textContent, 'a screen reader reads it in Russian').to.contain('ООО «Яндекс»');
    });
  }

  it('gives the custom pixel exactly the facts the file states, with a link to its policy', async () => {
    const element = await openPreferences({ lang: 'en', 'config-src': CONFIG_FILE });
    const custom = [...element.shadowRoot!.querySelectorAll('#category-marketing ~ .services li')].find((item) =>
      item.textContent?.includes('EduPartner Pixel'),
    );
    expect(custom?.textContent?.replace(/\s+/g, ' ')).to.contain(
      'EduPartner Pixel — EduPartner GmbH, Germany. Cookies: _edp_id.',
    );
    expect(custom?.querySelector('a')?.getAttribute('href')).to.equal('https://edupartner.example/privacy');
  });

  it('vendor services link their own privacy policy and list their cookies with lifetimes', async () => {
    const element = await openPreferences({ lang: 'ru', 'config-src': CONFIG_FILE });
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.services a')].map((link) => link.href);
    expect(links).to.include.members([
      'https://yandex.ru/legal/confidential/',
      'https://www.facebook.com/privacy/policy/',
    ]);
    expect(categoryText(element, 'statistics')).to.contain('_ym_uid, _ym_d, _ym_* — 1 год; _ym_isad — 2 дня');
    expect(categoryText(element, 'marketing')).to.contain('_fbp, _fbc — 90 дней');
  });

  it('the necessary category names the cookie that keeps the decision and how long it lives', async () => {
    const element = await openPreferences({ lang: 'ru', 'cookie-days': '180' });
    expect(categoryText(element, 'necessary')).to.contain(`Cookie: ${element.getAttribute('cookie-name')} — 180 дней.`);
  });

  it('the banner names every recipient with its country before any choice', async () => {
    const element = await consentElement({ lang: 'ru', 'config-src': CONFIG_FILE });
    await element.configComplete;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.recipients')?.textContent).to.equal(
      'Получатели данных: ООО «Яндекс» (Yandex LLC), Россия; Meta Platforms, Inc., США; EduPartner GmbH, Германия.',
    );
  });

  it('with only statistics pixels enabled, no advertising service is listed', async () => {
    const element = await consentElement({ lang: 'ru' });
    element.config = {
      pixels: [
        { id: 'metrika', category: 'statistics', enabled: true, preset: 'yandex-metrika', counter: '1' },
        { id: 'ga', category: 'statistics', enabled: true, preset: 'ga4', measurementId: 'G-TEST1' },
        { id: 'meta', category: 'marketing', enabled: false, preset: 'meta-pixel', pixelId: '1' },
        { id: 'vk', category: 'marketing', enabled: false, preset: 'vk-pixel', pixelId: '2' },
      ],
    };
    await element.configComplete;
    element.showPreferences();
    await element.updateComplete;
    expect(categoryText(element, 'statistics')).to.contain('Yandex Metrica').and.to.contain('Google Analytics 4');
    expect(element.shadowRoot!.querySelectorAll('#category-marketing ~ .services li')).to.have.length(0);
    const shown = element.shadowRoot!.textContent ?? '';
    for (const advertiser of ['Meta', 'VK', 'Top.Mail.Ru']) expect(shown).to.not.contain(advertiser);
  });

  it('a site that uses only statistics lists no advertising service, even one enabled in consent.json', async () => {
    const element = await openPreferences({ lang: 'en', categories: 'statistics', 'config-src': CONFIG_FILE });
    expect(element.shadowRoot!.textContent).to.contain('Yandex Metrica').and.not.to.contain('Meta Pixel');
    expect(part(element, 'summary').textContent).to.not.contain('ads');
  });

  it('gated markup with data-cap-consent-service appears under its category, with the facts written beside it', async () => {
    addToPage('script', {
      type: 'text/plain',
      'data-cap-consent': 'marketing',
      'data-cap-consent-service': 'Kursy Retargeting',
      'data-cap-consent-provider': 'ТОО «Курсы»',
      'data-cap-consent-country': 'KZ',
      'data-cap-consent-policy': 'https://kursy.example/privacy',
      'data-cap-consent-cookies': '_kr_id _kr_seen',
      src: '/test/fixtures/pixel.js',
    });
    addToPage('img', {
      'data-cap-consent': 'statistics',
      'data-cap-consent-service': 'yandex-metrika',
      'data-src': '/x.gif',
      alt: '',
    });
    const element = await openPreferences({ lang: 'ru' });
    const marketing = categoryText(element, 'marketing');
    expect(marketing).to.contain('Kursy Retargeting — ТОО «Курсы», Казахстан').and.to.contain('_kr_id, _kr_seen');
    expect(marketing, 'no cross-border line for a service in Kazakhstan').to.not.contain('за пределы');
    expect(categoryText(element, 'statistics'), 'a preset named on markup takes the vendor table’s facts').to.contain(
      'Yandex Metrica — ООО «Яндекс» (Yandex LLC), Россия',
    );
  });

  it('a service that states no provider or country is listed by name, and the console says what is missing', async () => {
    addToPage('script', {
      type: 'text/plain',
      'data-cap-consent': 'statistics',
      'data-cap-consent-service': 'Heatmap',
    });
    let element: CapConsentElement | undefined;
    const warnings = await consentWarnings(async () => {
      element = await openPreferences({ lang: 'ru' });
    });
    expect(categoryText(element!, 'statistics')).to.contain('Heatmap.');
    expect(warnings).to.deep.equal([
      '[cap-consent] data-cap-consent-service="Heatmap" states no "provider" and no "country": the cookie settings name only "Heatmap"; add what is missing so the visitor knows who receives the data',
    ]);
  });
});
