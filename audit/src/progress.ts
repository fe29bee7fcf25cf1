import type { ConsentState } from './model.js';

/** The one-line progress report on stderr while the audit crawls. */
export interface Progress {
  page(index: number, max: number): void;
  step(url: string, state: ConsentState): void;
  done(): void;
}

export function progressLine(stream: NodeJS.WriteStream = process.stderr): Progress {
  let counter = '';
  const interactive = stream.isTTY === true;
  const write = (text: string) => {
    if (interactive) stream.write(`\r\x1b[2K${text.slice(0, (stream.columns || 120) - 1)}`);
    else stream.write(`${text}\n`);
  };
  return {
    page(index, max) {
      counter = `[page ${index}/${max}]`;
    },
    step(url, state) {
      write(`${counter} ${state.padEnd(14)} ${url}`);
    },
    done() {
      if (interactive) stream.write('\r\x1b[2K');
    },
  };
}

/** For callers that want no progress output. */
export const SILENT_PROGRESS: Progress = { page() {}, step() {}, done() {} };
