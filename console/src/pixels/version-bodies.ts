import { applyPatch } from 'diff';
import type { SiteVersion } from '../api/consent-service.js';

/**
 * Each version's consent.json, rebuilt by applying the service's unified diffs
 * oldest first (the first one is a diff from an empty file). A version whose
 * diff does not apply, and every later one, is left out (undefined).
 */
export function versionBodies(versions: readonly SiteVersion[]): Map<number, unknown> {
  const bodies = new Map<number, unknown>();
  let text = '';
  for (const entry of [...versions].sort((a, b) => a.version - b.version)) {
    const next = applyPatch(text, entry.diff);
    if (next === false) break;
    text = next;
    try {
      bodies.set(entry.version, JSON.parse(text));
    } catch {
      break;
    }
  }
  return bodies;
}
