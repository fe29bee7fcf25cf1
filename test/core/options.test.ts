import { expect } from '@open-wc/testing';
import {
  CONSENT_ATTRIBUTES,
  DEFAULT_OPTIONS,
  OBSERVED_ATTRIBUTES,
  resolveOptions,
  type ConsentAttributes,
} from '../../src/core/index.js';
import { CapConsentElement } from '../../src/element/index.js';

const none: ConsentAttributes = {
  'policy-url': null,
  'policy-version': null,
  categories: null,
  'cookie-name': null,
  'cookie-domain': null,
  'cookie-days': null,
};

describe('element options', () => {
  it('uses the documented defaults when no attribute is set', () => {
    expect(resolveOptions(none)).to.deep.equal({ options: DEFAULT_OPTIONS, problems: [] });
    expect(DEFAULT_OPTIONS.policyUrl).to.equal('https://cap.kz/privacy');
    expect(DEFAULT_OPTIONS.cookieName).to.equal('cap_consent');
  });

  it('refuses a javascript: or data: policy link and says so', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', ' JAVASCRIPT:alert(1)']) {
      const { options, problems } = resolveOptions({ ...none, 'policy-url': url });
      expect(options.policyUrl).to.equal(DEFAULT_OPTIONS.policyUrl);
      expect(problems[0]).to.contain('policy-url');
    }
    expect(resolveOptions({ ...none, 'policy-url': 'https://lms.cap.kz/privacy' }).options.policyUrl).to.equal(
      'https://lms.cap.kz/privacy',
    );
  });

  it('reports unknown categories and keeps the known ones', () => {
    const { options, problems } = resolveOptions({ ...none, categories: 'marketing statistcs' });
    expect(options.categories).to.deep.equal(['marketing']);
    expect(problems[0]).to.contain('statistcs');
  });

  it('clamps cookie-days into 1-400', () => {
    expect(resolveOptions({ ...none, 'cookie-days': '9999' }).options.cookieDays).to.equal(400);
    expect(resolveOptions({ ...none, 'cookie-days': '0' }).options.cookieDays).to.equal(1);
    expect(resolveOptions({ ...none, 'cookie-days': 'soon' }).options.cookieDays).to.equal(365);
    expect(resolveOptions({ ...none, 'cookie-days': '30' })).to.deep.include({ problems: [] });
  });

  it('has one option per attribute of the table, and the element observes each but nonce', () => {
    expect(Object.keys(DEFAULT_OPTIONS)).to.deep.equal([
      'policyUrl',
      'policyVersion',
      'lang',
      'categories',
      'cookieName',
      'cookieDomain',
      'cookieDays',
      'configSrc',
      'googleConsentMode',
      'reloadOnWithdraw',
      'receiptUrl',
      'debug',
      'nonce',
    ]);
    expect(CapConsentElement.observedAttributes).to.deep.equal(
      Object.keys(CONSENT_ATTRIBUTES).filter((name) => name !== 'nonce'),
    );
    expect(OBSERVED_ATTRIBUTES).to.equal(CapConsentElement.observedAttributes);
  });

  it('resolves a relative receipt-url against the page and refuses one that is not http(s)', () => {
    const base = 'https://shop.cap.kz/courses/';
    expect(resolveOptions({ 'receipt-url': '/consent' }, base).options.receiptUrl).to.equal(
      'https://shop.cap.kz/consent',
    );
    expect(resolveOptions({ 'receipt-url': 'javascript:alert(1)' }, base)).to.deep.include({
      problems: ['receipt-url="javascript:alert(1)" is not an http(s) URL; no receipts are sent'],
    });
  });

  it('rejects cookie names and versions that would break the cookie', () => {
    const { options, problems } = resolveOptions({ ...none, 'cookie-name': 'a;b', 'policy-version': 'a b' });
    expect(options.cookieName).to.equal('cap_consent');
    expect(options.policyVersion).to.equal('1');
    expect(problems).to.have.length(2);
  });
});
