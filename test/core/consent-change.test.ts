import { expect } from '@open-wc/testing';
import { createConsentRecord, reasonForStoredDecision } from '../../src/core/index.js';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const all = createConsentRecord({ statistics: true, marketing: true }, '1', null, NOW);

describe('a decision another tab stored', () => {
  it('is "decided" for a page that had none', () => {
    expect(reasonForStoredDecision(null, all)).to.equal('decided');
  });

  it('is "withdrawn" when it leaves nothing optional granted, "updated" otherwise', () => {
    const none = createConsentRecord({ statistics: false, marketing: false }, '1', all, NOW + 1000);
    const some = createConsentRecord({ statistics: true, marketing: false }, '1', all, NOW + 1000);
    expect(reasonForStoredDecision(all, none)).to.equal('withdrawn');
    expect(reasonForStoredDecision(all, some)).to.equal('updated');
  });

  it('is ignored when it is the decision the page holds, or an older one', () => {
    const older = createConsentRecord({ statistics: false, marketing: false }, '1', null, NOW - 1000);
    expect(reasonForStoredDecision(all, all)).to.equal(null);
    expect(reasonForStoredDecision(all, older)).to.equal(null);
  });
});
