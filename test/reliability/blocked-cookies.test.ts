import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { SiteSnapshot } from '../support/helpers.js';
import { addToPage, bannerVisible, cleanPage, consentElement, consentWarnings, part } from '../support/helpers.js';

const BLOCKED = 'the choice applies to this page only and will be asked again';

/** The next report the framed page posts that satisfies `wanted`. */
async function reportWhere(wanted: (report: SiteSnapshot) => boolean): Promise<SiteSnapshot> {
  for (;;) {
    const { data } = (await oneEvent(window, 'message')) as MessageEvent<SiteSnapshot>;
    if (wanted(data)) return data;
  }
}

describe('when the browser does not keep cookies', () => {
  afterEach(cleanPage);

  it('in a sandboxed frame the choice applies to the page, the console says so once, nothing throws', async () => {
    const loaded = reportWhere(() => true);
    const frame = addToPage<HTMLIFrameElement>('iframe', {
      sandbox: 'allow-scripts',
      src: '/test/fixtures/site.html?lang=en',
    });
    const first = await loaded;
    expect(first.bannerVisible).to.equal(true);
    expect(first.consent).to.equal(null);

    const decided = reportWhere((report) => report.pixelRuns > 0);
    frame.contentWindow!.postMessage({ click: 'accept-all' }, '*');
    const after = await decided;
    expect(after.consent).to.include({ statistics: true, marketing: true });
    expect(after.events).to.deep.equal(['decided']);
    expect(after.bannerVisible).to.equal(false);
    expect(after.pixelRuns, 'the statistics tag started for this page').to.equal(1);
    expect(after.warnings).to.have.length(1);
    expect(after.warnings[0]).to.contain(BLOCKED);
    expect(after.errors).to.deep.equal([]);
  });

  it('when cookie writes are silently ignored the choice still applies now', async () => {
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    try {
      const element = await consentElement();
      const warnings = await consentWarnings(async () => {
        part(element, 'accept-all').click();
        await element.updateComplete;
      });
      expect(element.consent).to.include({ statistics: true, marketing: true });
      expect(bannerVisible(element)).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(BLOCKED);
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });
});
