import { isPresetName, parsePixelConfig, VENDORS, type PresetName } from 'cap-consent/core';

/** One pixel of the draft exactly as it will be written to consent.json (unknown keys kept). */
export type DraftPixel = Readonly<Record<string, unknown>>;

/** The consent.json being edited: the file's other keys are kept as they were. */
export interface Draft {
  readonly [key: string]: unknown;
  readonly pixels: readonly DraftPixel[];
}

/** A validator message tied to the field it is about. */
export interface PixelProblem {
  /** The fields the message names, first named first. */
  readonly fields: readonly string[];
  readonly message: string;
}

export const EMPTY_DRAFT: Draft = { pixels: [] };

/** The fields the validator names, in the order a row shows them. */
const PIXEL_FIELDS = ['id', 'category', 'enabled', 'preset', 'counter', 'measurementId', 'pixelId', 'src', 'cookies'];

/** A draft from a published or imported file; what is not an object with a pixel list becomes an empty list. */
export function draftFromConfig(config: unknown): Draft {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return EMPTY_DRAFT;
  const pixels = (config as { pixels?: unknown }).pixels;
  return { ...(config as object), pixels: Array.isArray(pixels) ? (pixels as DraftPixel[]) : [] };
}

export function presetOf(pixel: DraftPixel): PresetName | null {
  return isPresetName(pixel.preset) ? pixel.preset : null;
}

/** The name an operator knows a pixel by: the vendor's service and the pixel's id. */
export function pixelName(pixel: DraftPixel): string {
  const preset = presetOf(pixel);
  const id = typeof pixel.id === 'string' && pixel.id !== '' ? pixel.id : '?';
  return preset ? `${VENDORS[preset].service} «${id}»` : `«${id}»`;
}

export function setPixelField(draft: Draft, index: number, field: string, value: unknown): Draft {
  const pixels = draft.pixels.map((pixel, at) => {
    if (at !== index) return pixel;
    const changed: Record<string, unknown> = { ...pixel, [field]: value };
    if (value === undefined) delete changed[field];
    return changed;
  });
  return { ...draft, pixels };
}

export function removePixel(draft: Draft, index: number): Draft {
  return { ...draft, pixels: draft.pixels.filter((_, at) => at !== index) };
}

function unusedId(draft: Draft, stem: string): string {
  const taken = new Set(draft.pixels.map((pixel) => pixel.id));
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? stem : `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A new pixel of a vendor, switched on, its vendor id still to be typed. */
export function addPresetPixel(draft: Draft, preset: PresetName): Draft {
  const vendor = VENDORS[preset];
  const pixel = { id: unusedId(draft, preset), category: vendor.category, enabled: true, preset, [vendor.idField]: '' };
  return { ...draft, pixels: [...draft.pixels, pixel] };
}

/** A new plain script pixel, counted as statistics until the operator says otherwise. */
export function addPlainPixel(draft: Draft, src: string): Draft {
  const pixel = { id: unusedId(draft, 'pixel'), category: 'statistics', enabled: true, src };
  return { ...draft, pixels: [...draft.pixels, pixel] };
}

/**
 * The element's own validator run on the whole draft (ids must be unique
 * across rows); each problem goes to its row and to the field it names.
 */
export function draftProblems(draft: Draft): Map<number, PixelProblem> {
  const problems = new Map<number, PixelProblem>();
  for (const line of parsePixelConfig(draft, 'consent.json').problems) {
    const match = /\(entry (\d+)\) skipped: (.*)$/.exec(line);
    if (!match) continue;
    const message = match[2];
    const named = PIXEL_FIELDS.map((field) => ({ field, at: message.indexOf(`"${field}"`) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at);
    problems.set(Number(match[1]) - 1, { fields: named.map(({ field }) => field), message });
  }
  return problems;
}

/** Problems of the file as a whole (not of one pixel), such as a missing pixel list. */
export function fileProblems(config: unknown): string[] {
  return parsePixelConfig(config, 'consent.json').problems.filter((line) => !/\(entry \d+\)/.test(line));
}

export function sameConfig(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
