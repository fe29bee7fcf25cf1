interface ScriptPolicy {
  createScript(code: string): string;
  createScriptURL(url: string): string;
}

type TrustedTypesFactory = { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy };

const POLICY_NAME = 'cap-consent';
let policy: ScriptPolicy | undefined;

/**
 * On pages that require Trusted Types, the code and address of a gated script
 * pass through this policy. It accepts them unchanged: they come from markup
 * the page itself wrote (`data-cap-consent` scripts), never from a string
 * built at run time, so the policy opens no new sink. A page with a
 * `trusted-types` allow-list must list `cap-consent`.
 */
function scriptPolicy(): ScriptPolicy {
  if (policy) return policy;
  const passThrough: ScriptPolicy = { createScript: (code) => code, createScriptURL: (url) => url };
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy = factory ? factory.createPolicy(POLICY_NAME, passThrough) : passThrough;
  } catch {
    // The page's allow-list refuses the name: setting the script then fails and is reported by the caller.
    policy = passThrough;
  }
  return policy;
}

/**
 * A live `<script>` made from a waiting `<script type="text/plain">`: same
 * attributes (but `type`, taken from `data-type` if given), same code. Its
 * nonce is the waiting script's own, else `nonce` (the one given on
 * `<cap-consent>`), so a CSP with `script-src 'nonce-…'` lets it run.
 * External copies keep document order unless marked `async`.
 */
export function liveScriptFrom(waiting: HTMLScriptElement, nonce = ''): HTMLScriptElement {
  const trusted = scriptPolicy();
  const script = document.createElement('script');
  for (const { name, value } of Array.from(waiting.attributes)) {
    if (name === 'type' || name === 'nonce') continue;
    script.setAttribute(name, name === 'src' ? trusted.createScriptURL(value) : value);
  }
  if (waiting.dataset.type) script.type = waiting.dataset.type;
  const ownNonce = waiting.nonce || nonce;
  if (ownNonce) script.nonce = ownNonce;
  script.async = waiting.hasAttribute('async');
  if (waiting.text) script.text = trusted.createScript(waiting.text);
  return script;
}

/**
 * An async `<script src>` for a tag named in the marketing config (a preset's
 * vendor URL or the config's own `src`). The config is the site's own file,
 * so its addresses pass the policy like the page's markup does.
 */
export function externalScript(src: string, nonce = ''): HTMLScriptElement {
  const script = document.createElement('script');
  script.setAttribute('src', scriptPolicy().createScriptURL(src));
  script.async = true;
  if (nonce) script.nonce = nonce;
  return script;
}
