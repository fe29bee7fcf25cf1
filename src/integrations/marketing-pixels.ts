import { vendorCookieNames, type OptionalCategory, type PixelConfig, type PixelEntry } from '../core/index.js';
import type { GrantCheck } from '../activate/index.js';
import { externalScript } from '../activate/live-script.js';
import { PIXEL_PRESETS, presetScriptUrl } from './pixel-presets.js';
import type { PixelState, PixelStates } from './pixel-states.js';

const waitingReason = (category: OptionalCategory): string => `waits for consent to "${category}"`;

/** The first states of a config's pixels: disabled, waiting, or invalid with the reason. */
function firstStates({ pixels, rejected }: PixelConfig): PixelState[] {
  return [
    ...pixels.map((pixel): PixelState => ({
      id: pixel.id,
      vendor: pixel.preset?.name ?? 'src',
      category: pixel.category,
      enabled: pixel.enabled,
      ...(pixel.enabled
        ? { state: 'waiting', reason: waitingReason(pixel.category) }
        : { state: 'disabled', reason: '"enabled" is false in the config' }),
    })),
    ...rejected.map((entry): PixelState => ({
      id: entry.id ?? `#${entry.entry}`,
      vendor: entry.vendor,
      category: entry.category,
      enabled: entry.enabled,
      state: 'invalid',
      reason: entry.problems
        .map((problem) => (problem.key ? `"${problem.key}": ${problem.en}` : problem.en))
        .join('; '),
    })),
  ];
}

function pageHasScript(url: string): boolean {
  const absolute = new URL(url, document.baseURI).href;
  return Array.from(document.scripts).some((script) => script.src === absolute);
}

/** The pixels of one marketing config on this page: each starts at most once, each vendor script loads once. */
export class MarketingPixels {
  private readonly started = new Set<PixelEntry>();
  private readonly withdrawn = new Set<PixelEntry>();
  /** The pixels waiting on each script this config inserted, by script key. */
  private readonly scripts = new Map<string, PixelEntry[]>();

  constructor(
    private readonly config: PixelConfig,
    private readonly states: PixelStates,
  ) {
    // The entries' own problems are in their rows; the list keeps what concerns the whole file.
    states.reset(
      firstStates(config),
      config.details.filter((problem) => problem.entry === null).map((problem) => problem.en),
    );
  }

  /** Starts every enabled pixel whose category is granted; resumes those withdrawn earlier on this page. */
  start(isGranted: GrantCheck, nonce = ''): void {
    for (const pixel of this.config.pixels) {
      if (!pixel.enabled || !isGranted(pixel.category)) continue;
      if (this.withdrawn.delete(pixel)) {
        if (pixel.preset) PIXEL_PRESETS[pixel.preset.name].resume(this.presetPixel(pixel));
        this.states.update(pixel.id, 'started');
      }
      if (this.started.has(pixel)) continue;
      this.started.add(pixel);
      this.startOne(pixel, nonce);
    }
  }

  /** Asks the running pixels of `category` to stop collecting, the way each vendor documents. */
  stop(category: OptionalCategory): void {
    for (const pixel of this.started) {
      if (pixel.category !== category || this.withdrawn.has(pixel)) continue;
      this.withdrawn.add(pixel);
      if (pixel.preset) PIXEL_PRESETS[pixel.preset.name].stop(this.presetPixel(pixel));
      this.states.update(
        pixel.id,
        'withdrawn',
        pixel.preset?.name === 'vk-pixel' || !pixel.preset
          ? `consent to "${category}" withdrawn; this tag has no switch-off and runs until the page is left`
          : `consent to "${category}" withdrawn; the tag was asked to stop`,
      );
    }
  }

  /** The cookies of the pixels in `category`: their vendor's and those the config lists. */
  cookiesOf(category: OptionalCategory): string[] {
    return this.config.pixels
      .filter((pixel) => pixel.category === category)
      .flatMap((pixel) => [...(pixel.preset ? vendorCookieNames(pixel.preset.name) : []), ...pixel.cookies]);
  }

  private presetPixel(pixel: PixelEntry) {
    return { vendorId: pixel.preset?.vendorId ?? '', options: pixel.options, category: pixel.category };
  }

  private startOne(pixel: PixelEntry, nonce: string): void {
    const url = pixel.src ?? (pixel.preset ? presetScriptUrl(pixel.preset.name, pixel.preset.vendorId) : '');
    const key =
      pixel.src ??
      (pixel.preset
        ? `${pixel.preset.name} ${PIXEL_PRESETS[pixel.preset.name].scriptKey(pixel.preset.vendorId)}`
        : url);
    const sharing = this.scripts.get(key);
    const first = !sharing && !pageHasScript(url);
    if (pixel.preset) PIXEL_PRESETS[pixel.preset.name].queue(this.presetPixel(pixel), first);
    this.states.update(pixel.id, 'started');
    if (sharing) {
      sharing.push(pixel);
      return;
    }
    const waiting = [pixel];
    this.scripts.set(key, waiting);
    if (!first) return;
    // Tags start the way the official snippets do: async, at the top of the document.
    const script = externalScript(url, nonce);
    script.addEventListener('error', () =>
      waiting.forEach(({ id }) =>
        this.states.update(
          id,
          'failed',
          `${url} could not be loaded (blocked by the browser or an extension, or unreachable)`,
        ),
      ),
    );
    document.head.append(script);
  }
}
