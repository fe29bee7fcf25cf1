import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { addToPage, cleanPage, consentElement, part, recordEvents } from '../support/helpers.js';

/** Resolves after the microtasks queued so far (the element applies a burst of attribute changes in one). */
const microtasksDone = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('an element taken out of the page', () => {
  afterEach(cleanPage);

  it('does not start again on an attribute change, and picks the change up when it is put back', async () => {
    const element = await consentElement();
    element.acceptAll();
    element.remove();
    const events = recordEvents();
    try {
      element.setAttribute('policy-url', 'https://cap.kz/privacy/2026');
      await microtasksDone();
      const area = addToPage('section', { 'data-cap-consent-requires': 'statistics', hidden: '' });
      await microtasksDone();
      expect(area.hidden, 'no observer of the page is left running').to.equal(true);
      expect(events.types, 'a removed element starts nothing').to.deep.equal([]);

      document.body.append(element);
      await microtasksDone();
      expect(events.reasons, 'back in the page, it starts again').to.deep.equal(['restored']);
      element.showPreferences();
      await element.updateComplete;
      expect(part(element, 'policy-link').getAttribute('href')).to.equal('https://cap.kz/privacy/2026');
    } finally {
      events.stop();
    }
  });
});
