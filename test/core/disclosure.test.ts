import { expect } from '@open-wc/testing';
import { buildDisclosure, parsePixelConfig, type DeclaredService } from '../../src/core/index.js';

const { pixels } = parsePixelConfig(
  {
    pixels: [
      { id: 'ym', category: 'statistics', enabled: true, preset: 'yandex-metrika', counter: '1' },
      { id: 'ga', category: 'statistics', enabled: false, preset: 'ga4', measurementId: 'G-X1' },
      { id: 'meta', category: 'marketing', enabled: true, preset: 'meta-pixel', pixelId: '2' },
      {
        id: 'partner',
        category: 'marketing',
        enabled: true,
        src: 'https://partner.example/p.js',
        service: ' Partner Pixel ',
        provider: 'Partner GmbH',
        country: 'de',
        policyUrl: 'https://partner.example/privacy',
        cookies: ['_pp'],
      },
    ],
  },
  'consent.json',
);

const markup = (service: string, facts: Partial<DeclaredService> = {}): DeclaredService => ({
  service,
  category: 'marketing',
  cookies: [],
  ...facts,
});

describe('buildDisclosure', () => {
  it('lists the enabled pixels under their categories with the vendor table’s facts', () => {
    const { categories, problems } = buildDisclosure({ pixels, declared: [], categories: ['statistics', 'marketing'] });
    expect(categories.statistics.services.map((service) => service.service)).to.deep.equal(['Yandex Metrica']);
    expect(categories.statistics.services[0]).to.include({ provider: 'ООО «Яндекс» (Yandex LLC)', country: 'RU' });
    expect(categories.marketing.services.map((service) => service.service)).to.deep.equal([
      'Meta Pixel',
      'Partner Pixel',
    ]);
    expect(categories.statistics.abroad).to.deep.equal(['RU']);
    expect(categories.marketing.abroad).to.deep.equal(['US', 'DE']);
    expect(problems).to.deep.equal([]);
  });

  it('takes a custom pixel’s facts from the file, trimmed', () => {
    const { categories } = buildDisclosure({ pixels, declared: [], categories: ['marketing'] });
    expect(categories.marketing.services[1]).to.deep.equal({
      service: 'Partner Pixel',
      provider: 'Partner GmbH',
      country: 'DE',
      policyUrl: 'https://partner.example/privacy',
      cookies: [{ name: '_pp', days: null }],
      preset: null,
    });
  });

  it('lists nothing of a category the site does not use', () => {
    const { categories } = buildDisclosure({ pixels, declared: [markup('Ads')], categories: ['statistics'] });
    expect(categories.marketing).to.deep.equal({ services: [], abroad: [] });
  });

  it('lists a service named on markup once, and by the vendor table when it names a preset or its service', () => {
    const declared = [
      markup('meta-pixel'),
      markup('META PIXEL'),
      markup('Local Ads', { provider: 'ТОО «А»', country: 'Казахстан' }),
    ];
    const { categories } = buildDisclosure({ pixels: [], declared, categories: ['marketing'] });
    expect(categories.marketing.services.map((service) => service.service)).to.deep.equal(['Meta Pixel', 'Local Ads']);
    expect(categories.marketing.abroad, 'Kazakhstan written out is not abroad').to.deep.equal(['US']);
  });

  it('says which services lack a provider or a country', () => {
    const { problems } = buildDisclosure({
      pixels: [],
      declared: [markup('Heatmap', { category: 'statistics', provider: 'Heat LLP' })],
      categories: ['statistics'],
    });
    expect(problems).to.deep.equal([
      'data-cap-consent-service="Heatmap" states no "country": the cookie settings name only "Heatmap"; add what is missing so the visitor knows who receives the data',
    ]);
  });
});
