import { isOptionalCategory, OPTIONAL_CATEGORIES, type OptionalCategory } from './categories.js';
import { isPresetName, PRESET_NAMES, VENDORS, type PresetName } from './vendors.js';
import { serviceFacts, type ServiceFacts } from './service-facts.js';

/** One pixel of the marketing config, checked. */
export interface PixelEntry {
  readonly id: string;
  readonly category: OptionalCategory;
  readonly enabled: boolean;
  /** The vendor tag and its id (counter, measurement id or pixel id). */
  readonly preset?: { readonly name: PresetName; readonly vendorId: string };
  /** A plain script, or the URL that replaces a preset's official one. */
  readonly src?: string;
  /** Extra cookies to delete on withdrawal (names, or prefixes ending in `*`). */
  readonly cookies: readonly string[];
  /** What the file states about a custom pixel's service, for the disclosure (presets use the vendor table). */
  readonly about?: ServiceFacts;
}

export interface PixelConfig {
  readonly pixels: readonly PixelEntry[];
  /** One line per skipped entry or file problem, naming the file and the entry. */
  readonly problems: readonly string[];
}

function isScriptUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://cap.kz/').protocol);
  } catch {
    return false;
  }
}

/** The reason `raw` cannot be used, or a checked entry. */
function checkEntry(raw: unknown, seenIds: ReadonlySet<string>): PixelEntry | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not an object';
  const entry = raw as Record<string, unknown>;
  const { id, category, enabled, preset, src, cookies = [] } = entry;
  if (typeof id !== 'string' || id.trim() === '') return '"id" is missing (a short name such as "yandex-metrika")';
  if (seenIds.has(id)) return `"id" "${id}" is used twice`;
  if (typeof category !== 'string' || !isOptionalCategory(category)) {
    return `"category" must be one of ${OPTIONAL_CATEGORIES.map((name) => `"${name}"`).join(', ')}, not ${JSON.stringify(category)}`;
  }
  if (typeof enabled !== 'boolean') return `"enabled" must be true or false, not ${JSON.stringify(enabled)}`;
  if (src !== undefined && !isScriptUrl(src)) return `"src" must be an http(s) address, not ${JSON.stringify(src)}`;
  if (!Array.isArray(cookies) || !cookies.every((name) => typeof name === 'string' && name !== '')) {
    return '"cookies" must be a list of cookie names';
  }
  const checked = { id, category, enabled, src: src as string | undefined, cookies: cookies as string[] };
  if (preset === undefined) {
    return src === undefined ? 'needs a "preset" or a "src"' : { ...checked, about: serviceFacts(entry) };
  }
  if (!isPresetName(preset)) {
    return `unknown "preset" ${JSON.stringify(preset)} (known: ${PRESET_NAMES.join(', ')})`;
  }
  const { idField: field, idPattern: pattern, idExample: example } = VENDORS[preset];
  const vendorId = entry[field];
  if ((typeof vendorId !== 'string' && typeof vendorId !== 'number') || !pattern.test(String(vendorId))) {
    return `preset "${preset}" needs "${field}" like ${example}, not ${JSON.stringify(vendorId)}`;
  }
  return { ...checked, preset: { name: preset, vendorId: String(vendorId) } };
}

/** No pixel at all, and why. */
export function noPixels(source: string, problem: string): PixelConfig {
  return { pixels: [], problems: [`${source}: ${problem}; no pixel is loaded`] };
}

/**
 * Checks the marketing config (`{"pixels": [...]}`) read from `source`. Bad
 * entries are left out, each with a line saying why; the others are kept.
 */
export function parsePixelConfig(json: unknown, source: string): PixelConfig {
  const pixels = (json as { pixels?: unknown } | null)?.pixels;
  if (!Array.isArray(pixels)) return noPixels(source, 'expected {"pixels": [...]}');
  const checked: PixelEntry[] = [];
  const problems: string[] = [];
  pixels.forEach((raw: unknown, index) => {
    const result = checkEntry(raw, new Set(checked.map((pixel) => pixel.id)));
    if (typeof result !== 'string') checked.push(result);
    else {
      const id = (raw as { id?: unknown } | null)?.id;
      const name = typeof id === 'string' && id !== '' ? ` "${id}"` : '';
      problems.push(`${source}: pixel${name} (entry ${index + 1}) skipped: ${result}`);
    }
  });
  return { pixels: checked, problems };
}
