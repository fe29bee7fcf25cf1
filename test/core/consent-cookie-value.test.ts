import { expect } from '@open-wc/testing';
import { createConsentRecord, parseConsentCookie, serializeConsentCookie } from '../../src/core/index.js';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const ID = '0123456789abcdef0123456789abcdef';

describe('consent cookie value', () => {
  it('round-trips every combination of choices', () => {
    for (const statistics of [true, false]) {
      for (const marketing of [true, false]) {
        const record = createConsentRecord({ statistics, marketing }, '2024-05', null, NOW);
        const parsed = parseConsentCookie(serializeConsentCookie(record), NOW);
        expect(parsed).to.deep.equal({ ok: true, record });
      }
    }
  });

  it('is compact and readable: format, version, choices, seconds, id', () => {
    const record = { ...createConsentRecord({ statistics: true, marketing: false }, '2024-05', null, NOW), id: ID };
    expect(serializeConsentCookie(record)).to.equal(`v1.2024-05.s1.m0.${NOW / 1000}.${ID}`);
  });

  it('keeps a policy version containing dots', () => {
    const parsed = parseConsentCookie(`v1.3.1.s0.m1.${NOW / 1000}.${ID}`, NOW);
    expect(parsed.ok && parsed.record.policyVersion).to.equal('3.1');
  });

  it('keeps the consent id across a later decision', () => {
    const first = createConsentRecord({ statistics: true, marketing: true }, '1', null, NOW);
    const second = createConsentRecord({ statistics: false, marketing: false }, '1', first, NOW + 5000);
    expect(second.id).to.equal(first.id);
    expect(second.decidedAt).to.equal(NOW + 5000);
  });

  const garbage: Array<[string, unknown]> = [
    ['empty', ''],
    ['not a string', 42],
    ['JSON', '{"statistics":true}'],
    ['a script tag', '<script>alert(1)</script>'],
    ['a newer format', `v2.1.s1.m1.${NOW / 1000}.${ID}`],
    ['truncated', `v1.1.s1.m1.${NOW / 1000}`],
    ['a bad flag', `v1.1.s2.m1.${NOW / 1000}.${ID}`],
    ['flags swapped', `v1.1.m1.s1.${NOW / 1000}.${ID}`],
    ['a short id', `v1.1.s1.m1.${NOW / 1000}.abc`],
    ['an upper-case id', `v1.1.s1.m1.${NOW / 1000}.${ID.toUpperCase()}`],
    ['a time in the far future', `v1.1.s1.m1.9999999999.${ID}`],
    ['a time before 2020', `v1.1.s1.m1.1000000000.${ID}`],
    ['a huge value', `v1.${'x'.repeat(5000)}.s1.m1.${NOW / 1000}.${ID}`],
    ['an empty policy version', `v1..s1.m1.${NOW / 1000}.${ID}`],
  ];
  for (const [what, value] of garbage) {
    it(`rejects ${what} with a reason`, () => {
      const parsed = parseConsentCookie(value, NOW);
      expect(parsed.ok).to.equal(false);
      expect(!parsed.ok && parsed.reason).to.be.a('string').and.not.empty;
    });
  }
});
