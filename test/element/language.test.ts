import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { cleanPage, consentElement, consentWarnings, part } from '../support/helpers.js';
import { en } from '../../src/i18n/en.js';
import { kk } from '../../src/i18n/kk.js';
import { ru } from '../../src/i18n/ru.js';

/** The banner's own texts (not slotted ones) that have a box on the page. */
function renderedTexts(root: Node): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    if (range.getClientRects().length > 0) texts.push(node.textContent ?? '');
  }
  return texts;
}

describe('the banner language', () => {
  afterEach(() => {
    cleanPage();
    document.documentElement.lang = '';
  });

  const expected = {
    ru: {
      accept: 'Принять все',
      reject: 'Только необходимые',
      settings: 'Настроить',
      link: 'Политика конфиденциальности',
    },
    kk: {
      accept: 'Барлығын қабылдау',
      reject: 'Тек қажеттісін қабылдау',
      settings: 'Баптау',
      link: 'Құпиялылық саясаты',
    },
    en: { accept: 'Accept all', reject: 'Necessary only', settings: 'Customise', link: 'Privacy policy' },
  };
  for (const [lang, texts] of Object.entries(expected)) {
    it(`speaks ${lang} when lang="${lang}", and marks the text with that language`, async () => {
      const element = await consentElement({ lang });
      expect(part(element, 'accept-all').textContent?.trim()).to.equal(texts.accept);
      expect(part(element, 'accept-necessary').textContent?.trim()).to.equal(texts.reject);
      expect(part(element, 'settings').textContent?.trim()).to.equal(texts.settings);
      expect(part(element, 'policy-link').textContent).to.contain(texts.link);
      expect(part(element, 'banner').getAttribute('lang')).to.equal(lang);
    });
  }

  it('names the operator in every language', async () => {
    for (const lang of ['ru', 'kk', 'en']) {
      const element = await consentElement({ lang });
      expect(part(element, 'summary').textContent).to.contain('Корпоративные образовательные платформы');
      element.remove();
    }
  });

  it('follows <html lang> when the element has none (kk-KZ → kk)', async () => {
    document.documentElement.lang = 'kk-KZ';
    const element = await consentElement();
    expect(part(element, 'accept-all').textContent?.trim()).to.equal('Барлығын қабылдау');
  });

  it('falls back to Russian for an unknown language, and says so', async () => {
    let text = '';
    const warnings = await consentWarnings(async () => {
      text = part(await consentElement({ lang: 'de' }), 'accept-all').textContent ?? '';
    });
    expect(text.trim()).to.equal('Принять все');
    expect(warnings.join('\n')).to.contain('lang="de"');
  });

  it('switches language live when the lang attribute changes', async () => {
    const element = await consentElement({ lang: 'ru' });
    element.setAttribute('lang', 'en');
    await Promise.resolve();
    await element.updateComplete;
    expect(part(element, 'accept-all').textContent?.trim()).to.equal('Accept all');
  });

  it('lets the page replace the summary through the summary slot, as text', async () => {
    const element = document.createElement('cap-consent');
    element.setAttribute('cookie-name', 'slot_test');
    const summary = document.createElement('span');
    summary.slot = 'summary';
    summary.textContent = 'Свой текст <b>не HTML</b>';
    element.append(summary);
    document.body.append(element);
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const slot = part(element as never, 'summary').querySelector('slot')!;
    expect(slot.assignedNodes(), "the page's text takes the summary's place").to.deep.equal([summary]);
    expect(summary.getBoundingClientRect().height, "the page's text is shown").to.be.above(0);
    const shown = renderedTexts(part(element as never, 'banner')).join(' ');
    for (const texts of [ru, kk, en]) {
      const defaultSummary = texts.summary(['statistics', 'marketing']).slice(0, 30);
      expect(shown, 'the default summary is not shown').to.not.contain(defaultSummary);
    }
    expect(part(element as never, 'policy-link').getBoundingClientRect().height, 'the policy link stays').to.be.above(
      0,
    );
  });
});
