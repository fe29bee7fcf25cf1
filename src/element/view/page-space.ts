/**
 * Keeps the end of the page and the focused element out from under the fixed
 * bar (WCAG 2.2, 2.4.11): while a bar is shown, its height is added to the
 * page's bottom padding and scroll padding. Content above does not move, so
 * there is no layout shift. Uses the CSSOM, which a strict CSP allows.
 * The height is read only in the ResizeObserver callback, after the browser's
 * own layout: measuring at once would force a layout of the whole page inside
 * the render task (the first visit's one long task at 4x CPU throttle).
 * The padding is written a frame later: written inside the callback, a scroll
 * bar it brings in narrows and so re-measures the bar in the same frame, which
 * browsers report as a "ResizeObserver loop" error on the page.
 */
export class PageSpaceReservation {
  private observer?: ResizeObserver;
  private observed: Element | null = null;
  private original?: { paddingBottom: string; scrollPaddingBottom: string; basePadding: number };
  private frame = 0;

  reserveFor(element: Element | null): void {
    if (element === this.observed) return;
    this.observer?.disconnect();
    this.observed = element;
    if (!element) {
      cancelAnimationFrame(this.frame);
      return this.release();
    }
    this.observer ??= new ResizeObserver(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.apply());
    });
    this.observer.observe(element);
  }

  private apply(): void {
    const { body, documentElement } = document;
    if (!body) return;
    // A bar in the page flow (short viewports) covers nothing.
    const observed = this.observed;
    const covering = observed !== null && getComputedStyle(observed).position === 'fixed';
    const height = covering ? observed.getBoundingClientRect().height : 0;
    if (height === 0) return this.release();
    this.original ??= {
      paddingBottom: body.style.paddingBottom,
      scrollPaddingBottom: documentElement.style.scrollPaddingBottom,
      basePadding: parseFloat(getComputedStyle(body).paddingBottom) || 0,
    };
    body.style.paddingBottom = `${this.original.basePadding + height}px`;
    documentElement.style.scrollPaddingBottom = `${height}px`;
  }

  private release(): void {
    if (!this.original) return;
    document.body.style.paddingBottom = this.original.paddingBottom;
    document.documentElement.style.scrollPaddingBottom = this.original.scrollPaddingBottom;
    this.original = undefined;
  }
}
