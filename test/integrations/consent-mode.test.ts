import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { cleanPage, consentElement, requestCount, storedDecision } from '../support/helpers.js';
import { FAKE_TAG, fakeTagHit, hitUrl, uniqueUrl } from './fake-tags.js';

type DataLayerItem = ArrayLike<unknown> | { event: string; cap_consent?: Record<string, unknown> };

/** The dataLayer as `command kind` strings: `consent default`, `config G-…`, `event cap_consent_update`. */
function layerSummary(layer: readonly DataLayerItem[] = window.dataLayer as DataLayerItem[]): string[] {
  return layer.map((item) => {
    if ('event' in item) return `event ${item.event}`;
    const [command, argument] = Array.from(item);
    return typeof argument === 'string' ? `${command} ${argument}` : String(command);
  });
}

function consentCommand(kind: 'default' | 'update', index = 0): Record<string, unknown> {
  const found = (window.dataLayer as DataLayerItem[]).filter(
    (item) => !('event' in item) && item[0] === 'consent' && item[1] === kind,
  );
  return (found[index] as ArrayLike<unknown>)[2] as Record<string, unknown>;
}

/** Each test starts on a page without Google tags. */
function forgetGoogleTags(): void {
  delete window.dataLayer;
  delete window.gtag;
}

/** Consent Mode signals all in one state. */
const signals = (state: 'granted' | 'denied', ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, state]));
const AD_SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization'];

describe('Google Consent Mode v2', () => {
  beforeEach(forgetGoogleTags);
  afterEach(cleanPage);

  it('creates dataLayer and gtag and pushes the default, all optional storage denied, before any decision', async () => {
    await consentElement({ 'google-consent-mode': '' });
    expect(typeof window.gtag).to.equal('function');
    expect(layerSummary()).to.deep.equal(['consent default']);
    expect(consentCommand('default')).to.deep.equal({
      ...signals('denied', ...AD_SIGNALS, 'analytics_storage', 'functionality_storage', 'personalization_storage'),
      security_storage: 'granted',
      wait_for_update: 500,
    });
  });

  it('orders default → GA4 tag → update; the tag finds the default already in the dataLayer', async () => {
    const tag = uniqueUrl(FAKE_TAG, 'vendor=gtag');
    const element = await consentElement({ 'google-consent-mode': '' });
    element.config = {
      pixels: [
        { id: 'ga4', category: 'statistics', enabled: true, preset: 'ga4', measurementId: 'G-ORDER1', src: tag },
      ],
    };
    await element.configComplete;
    const hit = fakeTagHit('gtag', 'G-ORDER1');
    element.save({ statistics: true, marketing: false });
    await hit;
    expect(layerSummary()).to.deep.equal([
      'consent default',
      'js',
      'config G-ORDER1',
      'consent update',
      'event cap_consent_update',
    ]);
    expect(consentCommand('update')).to.deep.equal({
      analytics_storage: 'granted',
      ...signals('denied', ...AD_SIGNALS),
    });
    expect(layerSummary(window.fakeTags?.[window.fakeTags.length - 1].dataLayerAtLoad as DataLayerItem[])[0]).to.equal(
      'consent default',
    );
    expect(await requestCount(hitUrl('gtag', 'G-ORDER1'))).to.equal(1);
  });

  it('a returning visitor gets default then update on every page view, before the page can hear of it', async () => {
    const name = await storedDecision({ statistics: false, marketing: true });
    await consentElement({ 'google-consent-mode': '', 'cookie-name': name });
    expect(layerSummary()).to.deep.equal(['consent default', 'consent update', 'event cap_consent_update']);
    expect(consentCommand('update')).to.deep.equal({
      analytics_storage: 'denied',
      ...signals('granted', ...AD_SIGNALS),
    });
  });

  it('withdrawal pushes an update with everything denied', async () => {
    const element = await consentElement({ 'google-consent-mode': '' });
    element.acceptAll();
    element.withdraw();
    expect(consentCommand('update', 1)).to.deep.equal(signals('denied', 'analytics_storage', ...AD_SIGNALS));
  });

  it('keeps a gtag the page defined itself', async () => {
    const calls: unknown[][] = [];
    window.gtag = (...args: unknown[]) => calls.push(args);
    await consentElement({ 'google-consent-mode': '' });
    expect(calls.map((args) => args.slice(0, 2))).to.deep.equal([['consent', 'default']]);
  });
});

describe('cap_consent_update in the dataLayer', () => {
  beforeEach(forgetGoogleTags);
  afterEach(cleanPage);

  it('is pushed on every change with the choices and the reason, when the page has a dataLayer', async () => {
    window.dataLayer = [];
    const element = await consentElement();
    element.acceptAll();
    element.save({ marketing: false });
    element.withdraw();
    const events = (window.dataLayer as Array<{ cap_consent: Record<string, unknown> }>).map(
      ({ cap_consent }) => cap_consent,
    );
    expect(events).to.deep.equal([
      { necessary: true, statistics: true, marketing: true, policy_version: '1', reason: 'decided' },
      { necessary: true, statistics: true, marketing: false, policy_version: '1', reason: 'updated' },
      { necessary: true, statistics: false, marketing: false, policy_version: '1', reason: 'withdrawn' },
    ]);
  });

  it('is not pushed, and no dataLayer is created, on a page without Google tags', async () => {
    const element = await consentElement();
    element.acceptAll();
    expect(window.dataLayer).to.equal(undefined);
  });
});
