/** Where a pixel of the marketing config stands on this page. */
export type PixelStateName = 'waiting' | 'started' | 'failed' | 'disabled' | 'invalid' | 'withdrawn';

/** One pixel of the marketing config as `element.pixels` lists it. */
export interface PixelState {
  /** The entry's `id` (`#N` for an entry without a usable one). */
  readonly id: string;
  /** The preset (`yandex-metrika`, `ga4`, …), `src` for a plain script, or null when the entry says neither. */
  readonly vendor: string | null;
  /** The entry's category as written (also when it is not a valid one). */
  readonly category: string | null;
  readonly enabled: boolean;
  readonly state: PixelStateName;
  /** Why the pixel is not started, or how it was stopped. */
  readonly reason?: string;
}

/**
 * The list of pixels and their states, kept in step with what the loader
 * does; tells its listener once per task, however many pixels changed.
 */
export class PixelStates {
  private states: readonly PixelState[] = [];
  private fileProblems: readonly string[] = [];
  private notifying = false;

  constructor(private readonly changed: () => void) {}

  /** A frozen snapshot: each change makes a new list. */
  get list(): readonly PixelState[] {
    return this.states;
  }

  /** Problems of the config file as a whole (the entries' are in their rows). */
  get problems(): readonly string[] {
    return this.fileProblems;
  }

  /** A new config: its pixels in their first states, and the file's problems. */
  reset(states: readonly PixelState[], problems: readonly string[]): void {
    this.states = Object.freeze(states.map((state) => Object.freeze({ ...state })));
    this.fileProblems = Object.freeze([...problems]);
    this.notify();
  }

  /** Moves the pixel `id` to `state`. */
  update(id: string, state: PixelStateName, reason?: string): void {
    const current = this.states.find((pixel) => pixel.id === id);
    if (!current || (current.state === state && current.reason === reason)) return;
    const { reason: _previous, ...rest } = current;
    const next = Object.freeze({ ...rest, state, ...(reason !== undefined && { reason }) });
    this.states = Object.freeze(this.states.map((pixel) => (pixel === current ? next : pixel)));
    this.notify();
  }

  private notify(): void {
    if (this.notifying) return;
    this.notifying = true;
    queueMicrotask(() => {
      this.notifying = false;
      this.changed();
    });
  }
}
