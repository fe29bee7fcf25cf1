import { OPTIONAL_CATEGORIES, type OptionalCategory } from '../core/index.js';
import { applyAuthorizedAreas } from './authorized-areas.js';
import { watchAddedMarkup } from './added-markup.js';
import type { GrantCheck } from './consent-requirement.js';
import { loadGrantedMedia } from './gated-media.js';
import { runGrantedScripts } from './gated-scripts.js';
import { deleteCookies, type CookiePattern } from './tracking-cookies.js';

/**
 * The page's own gated markup under one decision: scripts, media and areas
 * (also those added later), and the cleanup of refused categories' cookies.
 */
export class PageActivation {
  private isGranted: GrantCheck | null = null;
  private nonce = '';
  private stopWatching?: () => void;

  /** Activates the markup for `isGranted` and keeps activating what is added later, until `unwatch`. */
  apply(isGranted: GrantCheck, nonce: string): void {
    this.isGranted = isGranted;
    this.nonce = nonce;
    this.watch();
  }

  /** Resumes watching (the element came back into the document); nothing happens before the first `apply`. */
  watch(): void {
    if (!this.isGranted) return;
    this.activate();
    this.stopWatching ??= watchAddedMarkup(document.documentElement, () => this.activate());
  }

  /** Stops watching the page (the element left the document). */
  unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /**
   * Deletes the cookies of every refused category, the usual vendors' and
   * `extra(category)`, so leftovers from another subdomain go too. The vendor
   * table is a chunk of its own: a visitor who refused nothing never loads it.
   * Resolves once done; never rejects.
   */
  async clearRefused(extra: (category: OptionalCategory) => readonly CookiePattern[]): Promise<void> {
    const refused = OPTIONAL_CATEGORIES.filter((category) => !this.isGranted?.(category));
    if (refused.length === 0) return;
    const { CATEGORY_COOKIES } = await import('./category-cookies.js').catch(() => ({ CATEGORY_COOKIES: null }));
    const vendors = (category: OptionalCategory) => CATEGORY_COOKIES?.[category] ?? [];
    deleteCookies(refused.flatMap((category) => [...vendors(category), ...extra(category)]));
  }

  private activate(): void {
    const isGranted = this.isGranted;
    if (!isGranted) return;
    runGrantedScripts(document, isGranted, this.nonce);
    loadGrantedMedia(document, isGranted);
    applyAuthorizedAreas(document, isGranted);
  }
}
