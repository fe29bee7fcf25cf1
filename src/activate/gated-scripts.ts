import { isRequirementMet, type GrantCheck } from './consent-requirement.js';

const WAITING_SCRIPTS = 'script[type="text/plain"][data-cap-consent]';

/**
 * Runs each `<script type="text/plain" data-cap-consent="…">` whose categories
 * are granted, once, in document order, by replacing it with a live copy that
 * keeps every other attribute. External copies keep document order unless they
 * were marked `async`.
 */
export function runGrantedScripts(root: ParentNode, isGranted: GrantCheck): number {
  let started = 0;
  for (const waiting of root.querySelectorAll<HTMLScriptElement>(WAITING_SCRIPTS)) {
    if (!isRequirementMet(waiting.dataset.capConsent, isGranted)) continue;
    waiting.replaceWith(liveCopy(waiting));
    started++;
  }
  return started;
}

function liveCopy(waiting: HTMLScriptElement): HTMLScriptElement {
  const script = document.createElement('script');
  for (const { name, value } of Array.from(waiting.attributes)) {
    if (name !== 'type') script.setAttribute(name, value);
  }
  if (waiting.dataset.type) script.type = waiting.dataset.type;
  if (waiting.nonce) script.nonce = waiting.nonce;
  script.async = waiting.hasAttribute('async');
  script.text = waiting.text;
  return script;
}
