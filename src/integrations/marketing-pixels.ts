import { vendorCookieNames, type OptionalCategory, type PixelEntry } from '../core/index.js';
import type { GrantCheck } from '../activate/index.js';
import { externalScript } from '../activate/live-script.js';
import { PIXEL_PRESETS } from './pixel-presets.js';

/** The pixels of one marketing config on this page: each starts at most once. */
export class MarketingPixels {
  private readonly started = new Set<PixelEntry>();

  constructor(private readonly pixels: readonly PixelEntry[]) {}

  /** Starts every enabled pixel whose category is granted and that has not started yet. */
  start(isGranted: GrantCheck, nonce = ''): void {
    // Tags start the way the official snippets do: async, at the top of the document.
    const startScript = (src: string): void => void document.head.append(externalScript(src, nonce));
    for (const pixel of this.pixels) {
      if (!pixel.enabled || !isGranted(pixel.category) || this.started.has(pixel)) continue;
      this.started.add(pixel);
      if (pixel.preset) {
        const preset = PIXEL_PRESETS[pixel.preset.name];
        preset.queue(pixel.preset.vendorId);
        startScript(pixel.src ?? preset.url(pixel.preset.vendorId));
      } else if (pixel.src) {
        startScript(pixel.src);
      }
    }
  }

  /** Asks the running pixels of `category` to stop collecting; they are not started again. */
  stop(category: OptionalCategory): void {
    for (const pixel of this.started) {
      if (pixel.category !== category || !pixel.preset) continue;
      PIXEL_PRESETS[pixel.preset.name].stop(pixel.preset.vendorId);
    }
  }

  /** The cookies of the pixels in `category`: their vendor's and those the config lists. */
  cookiesOf(category: OptionalCategory): string[] {
    return this.pixels
      .filter((pixel) => pixel.category === category)
      .flatMap((pixel) => [...(pixel.preset ? vendorCookieNames(pixel.preset.name) : []), ...pixel.cookies]);
  }
}
