import type { CategoryChoices } from '../core/index.js';
import { gtag } from './data-layer.js';

type ConsentState = 'granted' | 'denied';

const state = (granted: boolean): ConsentState => (granted ? 'granted' : 'denied');

/** How long Google tags wait for the update before sending their first hit, in milliseconds. */
const WAIT_FOR_UPDATE_MS = 500;

/** Google Consent Mode v2 default: everything optional denied until the visitor decides. */
export function pushConsentModeDefault(): void {
  gtag()('consent', 'default', {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'granted',
    wait_for_update: WAIT_FOR_UPDATE_MS,
  });
}

/** Google Consent Mode v2 update: statistics → analytics, marketing → the three ad signals. */
export function pushConsentModeUpdate(choices: CategoryChoices): void {
  gtag()('consent', 'update', {
    analytics_storage: state(choices.statistics),
    ad_storage: state(choices.marketing),
    ad_user_data: state(choices.marketing),
    ad_personalization: state(choices.marketing),
  });
}
