import { expect } from '@open-wc/testing';
import { cookieDomainCandidates, isHostOnlyHost } from '../../src/core/index.js';

describe('cookie domain candidates', () => {
  it('lists the shortest candidate first, so the first one a browser accepts is the registrable domain', () => {
    expect(cookieDomainCandidates('cap.kz')).to.deep.equal(['kz', 'cap.kz']);
    expect(cookieDomainCandidates('shop.cap.kz')).to.deep.equal(['kz', 'cap.kz', 'shop.cap.kz']);
    expect(cookieDomainCandidates('a.b.cap.kz')).to.deep.equal(['kz', 'cap.kz', 'b.cap.kz', 'a.b.cap.kz']);
    expect(cookieDomainCandidates('WWW.CAP.KZ.')).to.deep.equal(['kz', 'cap.kz', 'www.cap.kz']);
  });

  it('handles multi-part public suffixes through the browser, not a list', () => {
    // The browser refuses "co.uk" as it refuses "kz", so probing settles on example.co.uk.
    expect(cookieDomainCandidates('shop.example.co.uk')).to.deep.equal([
      'uk',
      'co.uk',
      'example.co.uk',
      'shop.example.co.uk',
    ]);
  });

  it('keeps cookies host-only on localhost and IP addresses', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '10.0.0.12', '[::1]', '::1', 'intranet']) {
      expect(isHostOnlyHost(host), host).to.equal(true);
      expect(cookieDomainCandidates(host), host).to.deep.equal([]);
    }
  });
});
