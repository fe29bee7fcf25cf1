import { expect } from '@open-wc/testing';
import { createConsentRecord } from '../../src/core/index.js';

describe('a decision record', () => {
  const at = Date.UTC(2026, 10, 30, 12, 0, 0, 250);

  it('keeps whole seconds, as the cookie does', () => {
    expect(createConsentRecord({ statistics: true, marketing: false }, '1', null, at).decidedAt).to.equal(at - 250);
  });

  it('a change within the same second gets a later time and keeps the id, so no receipt replaces another', () => {
    const first = createConsentRecord({ statistics: true, marketing: true }, '1', null, at);
    const second = createConsentRecord({ statistics: false, marketing: false }, '1', first, at + 500);
    const third = createConsentRecord({ statistics: true, marketing: false }, '1', second, at + 700);
    expect([second.id, third.id]).to.deep.equal([first.id, first.id]);
    expect([first.decidedAt, second.decidedAt, third.decidedAt]).to.deep.equal([at - 250, at + 750, at + 1750]);
  });

  it('a change a minute later takes the time of the change', () => {
    const first = createConsentRecord({ statistics: true, marketing: true }, '1', null, at);
    expect(createConsentRecord({ statistics: false, marketing: false }, '1', first, at + 60_000).decidedAt).to.equal(
      at - 250 + 60_000,
    );
  });
});
