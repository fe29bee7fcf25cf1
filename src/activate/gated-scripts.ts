import { isRequirementMet, type GrantCheck } from './consent-requirement.js';
import { liveScriptFrom } from './live-script.js';

/** Marks a waiting script already handed over, so a later pass never runs it twice. */
const CLAIMED = 'data-cap-consent-claimed';
const WAITING_SCRIPTS = `script[type="text/plain"][data-cap-consent]:not([${CLAIMED}])`;

function settled(script: HTMLScriptElement): Promise<void> {
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => resolve(), { once: true });
  });
}

/**
 * Runs each `<script type="text/plain" data-cap-consent="…">` whose categories
 * are granted, once, in document order, by replacing it with a live copy
 * (given `nonce` unless it has its own). External copies without `async` keep
 * their order by themselves (dynamic scripts with `async = false` execute in
 * insertion order); an inline script that follows one of them waits until it
 * has loaded, as the parser would.
 */
export function runGrantedScripts(root: ParentNode, isGranted: GrantCheck, nonce = ''): number {
  let started = 0;
  let orderedExternal: Promise<unknown> | null = null;
  for (const waiting of root.querySelectorAll<HTMLScriptElement>(WAITING_SCRIPTS)) {
    if (!isRequirementMet(waiting.dataset.capConsent, isGranted)) continue;
    waiting.setAttribute(CLAIMED, '');
    started++;
    const start = (): HTMLScriptElement => {
      const live = liveScriptFrom(waiting, nonce);
      live.removeAttribute(CLAIMED);
      waiting.replaceWith(live);
      return live;
    };
    if (!waiting.hasAttribute('src')) {
      if (orderedExternal) orderedExternal.then(start);
      else start();
    } else if (waiting.hasAttribute('async')) {
      start();
    } else {
      orderedExternal = Promise.all([orderedExternal, settled(start())]);
    }
  }
  return started;
}
