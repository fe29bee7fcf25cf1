const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Whether `element` has a box on screen (not display: none, nor inside it); works where checkVisibility() does not. */
export function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/**
 * Moves focus to the first visible focusable element of the page after `host`
 * (else the last one before it): where Tab would have gone, so a keyboard or
 * screen reader user whose control just disappeared is not left on `<body>`.
 */
export function focusPageAfter(host: Element): boolean {
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (candidate) => !host.contains(candidate) && isRendered(candidate),
  );
  const following = candidates.filter(
    (candidate) => host.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const preceding = candidates.filter((candidate) => !following.includes(candidate)).reverse();
  for (const candidate of [...following, ...preceding]) {
    candidate.focus();
    if (document.activeElement === candidate) return true;
  }
  return false;
}
