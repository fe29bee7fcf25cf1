/** Markup the activation layer cares about: gated scripts and media, authorized areas. */
const GATED_MARKUP = '[data-cap-consent], [data-cap-consent-requires]';

function bringsGatedMarkup(node: Node): boolean {
  return node instanceof Element && (node.matches(GATED_MARKUP) || node.querySelector(GATED_MARKUP) !== null);
}

/**
 * Calls `onAdded` whenever gated markup is added to `root` later (SPA routes,
 * lazily rendered widgets). Returns a function that stops watching.
 */
export function watchAddedMarkup(root: Node, onAdded: () => void): () => void {
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((mutation) => Array.from(mutation.addedNodes).some(bringsGatedMarkup))) onAdded();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
