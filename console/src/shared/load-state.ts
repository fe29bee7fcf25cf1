import { html, nothing, type TemplateResult } from 'lit';
import type { ConsoleTexts } from '../i18n/index.js';

/** What a page shows while its data loads, when it failed, and once it is there. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly value: T };

export const LOADING = { status: 'loading' } as const;

/** Runs `load` and reports each state; a failure (a session that ended too) leaves a message and a retry. */
export async function track<T>(
  load: () => Promise<T>,
  texts: ConsoleTexts,
  update: (state: LoadState<T>) => void,
): Promise<void> {
  update(LOADING);
  try {
    update({ status: 'ready', value: await load() });
  } catch (error) {
    update({ status: 'failed', message: describeFailure(error, texts) });
  }
}

/** A failure in words an operator can act on. */
export function describeFailure(error: unknown, texts: ConsoleTexts): string {
  const { status, message } = error as { status?: number; message?: string };
  if (status === 0) return texts.states.offline;
  return message ? `${message}${status ? ` (${status})` : ''}` : String(error);
}

/** The loading and error states as markup; `ready` renders the value. */
export function renderLoad<T>(
  state: LoadState<T>,
  texts: ConsoleTexts,
  retry: () => void,
  ready: (value: T) => TemplateResult | typeof nothing,
): TemplateResult | typeof nothing {
  if (state.status === 'loading') return html`<p class="status" role="status">${texts.states.loading}</p>`;
  if (state.status === 'failed') {
    return html`<div class="status failed" role="alert">
      <p>${texts.states.error(state.message)}</p>
      <button type="button" class="secondary" @click=${retry}>${texts.states.retry}</button>
    </div>`;
  }
  return ready(state.value);
}
