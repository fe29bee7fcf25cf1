import { isRequirementMet, type GrantCheck } from './consent-requirement.js';
import { liveScriptFrom } from './live-script.js';

const WAITING_SCRIPTS = 'script[type="text/plain"][data-cap-consent]';

/**
 * Runs each `<script type="text/plain" data-cap-consent="…">` whose categories
 * are granted, once, in document order, by replacing it with a live copy
 * (given `nonce` unless it has its own).
 */
export function runGrantedScripts(root: ParentNode, isGranted: GrantCheck, nonce = ''): number {
  let started = 0;
  for (const waiting of root.querySelectorAll<HTMLScriptElement>(WAITING_SCRIPTS)) {
    if (!isRequirementMet(waiting.dataset.capConsent, isGranted)) continue;
    waiting.replaceWith(liveScriptFrom(waiting, nonce));
    started++;
  }
  return started;
}
