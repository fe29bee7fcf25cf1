import { draftFromConfig, pixelName, type DraftPixel } from './pixel-draft.js';

/** One readable line of what a publication changed. */
export type ConfigChange =
  | { readonly kind: 'added' | 'removed' | 'switchedOn' | 'switchedOff'; readonly name: string }
  | {
      readonly kind: 'field';
      readonly name: string;
      readonly field: string;
      readonly from: string;
      readonly to: string;
    };

const shown = (value: unknown): string => (value === undefined ? '—' : JSON.stringify(value));

/** What changed between two versions of consent.json, pixel by pixel (matched by id). */
export function configChanges(before: unknown, after: unknown): ConfigChange[] {
  const old = new Map(draftFromConfig(before).pixels.map((pixel) => [pixel.id, pixel]));
  const changes: ConfigChange[] = [];
  const seen = new Set<unknown>();
  for (const pixel of draftFromConfig(after).pixels) {
    seen.add(pixel.id);
    const previous = old.get(pixel.id);
    if (!previous) changes.push({ kind: 'added', name: pixelName(pixel) });
    else changes.push(...pixelChanges(previous, pixel));
  }
  for (const [id, pixel] of old) if (!seen.has(id)) changes.push({ kind: 'removed', name: pixelName(pixel) });
  return changes;
}

function pixelChanges(before: DraftPixel, after: DraftPixel): ConfigChange[] {
  const name = pixelName(after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.flatMap((field): ConfigChange[] => {
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) return [];
    if (field === 'enabled' && typeof after.enabled === 'boolean') {
      return [{ kind: after.enabled ? 'switchedOn' : 'switchedOff', name }];
    }
    return [{ kind: 'field', name, field, from: shown(before[field]), to: shown(after[field]) }];
  });
}
