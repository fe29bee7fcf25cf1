import type { Role } from '../api/consent-service.js';

/** Where the service serves the console. */
export const BASE = '/console';

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'sign-in' }
  | { readonly page: 'sites' }
  | { readonly page: 'pixels'; readonly site: string }
  | { readonly page: 'history'; readonly site: string }
  | { readonly page: 'consents'; readonly consentId: string | null }
  | { readonly page: 'reports'; readonly query: URLSearchParams }
  | { readonly page: 'not-found' };

export type Section = 'pixels' | 'consents' | 'reports';

/** Which roles may open each section; the service refuses the rest anyway. */
const SECTION_ROLES: Record<Section, readonly Role[]> = {
  pixels: ['marketing', 'admin'],
  consents: ['dpo', 'admin'],
  reports: ['marketing', 'dpo', 'admin'],
};

export const SECTIONS = Object.keys(SECTION_ROLES) as Section[];

export function mayOpen(role: Role, section: Section): boolean {
  return SECTION_ROLES[section].includes(role);
}

/** The section a route belongs to, or null for pages every signed-in role may see. */
export function sectionOf(route: Route): Section | null {
  switch (route.page) {
    case 'sites':
    case 'pixels':
    case 'history':
      return 'pixels';
    case 'consents':
      return 'consents';
    case 'reports':
      return 'reports';
    default:
      return null;
  }
}

/** The first section a role may open: where "home" leads. */
export function homeSection(role: Role): Section {
  return SECTIONS.find((section) => mayOpen(role, section)) ?? 'reports';
}

export function parseRoute(pathname: string, search: string): Route {
  if (pathname !== BASE && !pathname.startsWith(`${BASE}/`)) return { page: 'not-found' };
  const parts = pathname
    .slice(BASE.length)
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  const [first, second, third] = parts;
  if (parts.length === 0) return { page: 'home' };
  if (first === 'sign-in' && parts.length === 1) return { page: 'sign-in' };
  if (first === 'pixels' && parts.length === 1) return { page: 'sites' };
  if (first === 'pixels' && parts.length === 2) return { page: 'pixels', site: second };
  if (first === 'pixels' && third === 'history' && parts.length === 3) return { page: 'history', site: second };
  if (first === 'consents' && parts.length <= 2) return { page: 'consents', consentId: second ?? null };
  if (first === 'reports' && parts.length === 1) return { page: 'reports', query: new URLSearchParams(search) };
  return { page: 'not-found' };
}

export function pathOf(route: Route): string {
  const part = encodeURIComponent;
  switch (route.page) {
    case 'home':
      return `${BASE}/`;
    case 'sign-in':
      return `${BASE}/sign-in`;
    case 'sites':
      return `${BASE}/pixels`;
    case 'pixels':
      return `${BASE}/pixels/${part(route.site)}`;
    case 'history':
      return `${BASE}/pixels/${part(route.site)}/history`;
    case 'consents':
      return route.consentId ? `${BASE}/consents/${part(route.consentId)}` : `${BASE}/consents`;
    case 'reports': {
      const query = route.query.toString();
      return `${BASE}/reports${query ? `?${query}` : ''}`;
    }
    case 'not-found':
      return `${BASE}/`;
  }
}

/** Asks the app to show another page of the console (a history entry, like a link). */
export function navigate(from: EventTarget, path: string): void {
  from.dispatchEvent(new CustomEvent('console-navigate', { detail: { path }, bubbles: true, composed: true }));
}
