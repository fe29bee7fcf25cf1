import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { PAGE_OPENER, cleanPage, consentElement, consentWarnings, part } from '../support/helpers.js';

const NO_OPENER = '[cap-consent] no element with data-cap-consent-open on this page';

describe('the way back to the settings', () => {
  afterEach(() => {
    cleanPage();
    document.body.append(PAGE_OPENER);
  });

  it('the console says once that a page without an opener leaves the visitor no way to withdraw', async () => {
    PAGE_OPENER.remove();
    const element = await consentElement();
    const warnings = await consentWarnings(async () => {
      element.acceptAll();
      element.withdraw();
      await element.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(NO_OPENER).and.contain('README, step 1');
  });

  it('a page with an opener hears nothing', async () => {
    const element = await consentElement();
    const warnings = await consentWarnings(() => element.acceptAll());
    expect(warnings).to.deep.equal([]);
  });

  it('nothing is said before a decision: the banner itself is the way in', async () => {
    PAGE_OPENER.remove();
    const warnings = await consentWarnings(() => consentElement());
    expect(warnings).to.deep.equal([]);
  });
});

describe('a summary replaced through the slot', () => {
  afterEach(cleanPage);

  for (const [lang, withdrawal, link] of [
    ['ru', 'отозвать согласие', 'Политика конфиденциальности'],
    ['kk', 'кері қайтарып алу', 'Құпиялылық саясаты'],
    ['en', 'withdraw consent', 'Privacy policy'],
  ]) {
    it(`keeps the withdrawal sentence and the policy link, visible (${lang})`, async () => {
      const element = await consentElement({ lang });
      element.append(
        Object.assign(document.createElement('span'), { slot: 'summary', textContent: 'Мы любим cookie.' }),
      );
      await element.updateComplete;
      const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="summary"]')!;
      expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Мы любим cookie.']);
      const sentence = element.shadowRoot!.querySelector<HTMLElement>('.withdrawal')!;
      for (const shown of [sentence, part(element, 'policy-link')]) {
        expect(shown.getBoundingClientRect().height, `${shown.textContent} is visible`).to.be.greaterThan(0);
      }
      expect(sentence.textContent).to.contain(withdrawal).and.contain('info@cap.kz');
      expect(part(element, 'policy-link').textContent).to.contain(link);
    });
  }
});
