import { expect } from '@open-wc/testing';
import { DEFAULT_OPTIONS, resolveOptions, type ConsentAttributes } from '../../src/core/index.js';

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

  it('rejects cookie names and versions that would break the cookie', () => {
    const { options, problems } = resolveOptions({ ...none, 'cookie-name': 'a;b', 'policy-version': 'a b' });
    expect(options.cookieName).to.equal('cap_consent');
    expect(options.policyVersion).to.equal('1');
    expect(problems).to.have.length(2);
  });
});
