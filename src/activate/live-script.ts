/**
 * A live `<script>` made from a waiting `<script type="text/plain">`: same
 * attributes (but `type`, taken from `data-type` if given), same nonce, same
 * code. External copies keep document order unless marked `async`.
 */
export function liveScriptFrom(waiting: HTMLScriptElement): HTMLScriptElement {
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
