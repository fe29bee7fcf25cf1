import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { cleanPage, consentElement, part } from '../support/helpers.js';

describe('the language of every part', () => {
  afterEach(cleanPage);

  for (const lang of ['ru', 'kk', 'en']) {
    it(`marks the banner, the preferences and the confirmation as ${lang}`, async () => {
      const element = await consentElement({ lang });
      element.showPreferences(); // the dialog is loaded when it is first opened
      await element.updateComplete;
      for (const name of ['banner', 'preferences', 'confirmation']) {
        expect(part(element, name).lang, name).to.equal(lang);
      }
    });
  }

  for (const lang of ['kk', 'en']) {
    it(`marks the operator's Russian name as ru inside the ${lang} summary`, async () => {
      const element = await consentElement({ lang });
      const name = part(element, 'summary').querySelector('[lang="ru"]');
      expect(name?.textContent).to.contain('«Корпоративные образовательные платформы»');
    });
  }

  it('needs no such mark in Russian', async () => {
    const element = await consentElement({ lang: 'ru' });
    expect(part(element, 'summary').querySelector('[lang]')).to.equal(null);
  });
});
