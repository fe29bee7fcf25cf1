import { noPixels, parsePixelConfig, type PixelConfig } from '../core/index.js';
import type { ConfigFile } from './config-file.js';

const STORAGE_PREFIX = 'cap-consent:config:';

/** The last config file this browser read and could use, with when it was read. */
interface LastGood {
  readonly text: string;
  readonly savedAt: number;
}

function storageKey(source: string): string {
  return STORAGE_PREFIX + new URL(source, document.baseURI).href;
}

/** localStorage may be blocked (privacy settings, sandboxed frames): then there is no history. */
function recall(source: string): LastGood | null {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(source)) ?? 'null') as LastGood | null;
    return typeof saved?.text === 'string' && typeof saved.savedAt === 'number' ? saved : null;
  } catch {
    return null;
  }
}

function remember(source: string, text: string): void {
  try {
    localStorage.setItem(storageKey(source), JSON.stringify({ text, savedAt: Date.now() } satisfies LastGood));
  } catch {
    // No storage: the next broken file falls back to nothing, as without history.
  }
}

function age(savedAt: number): string {
  const minutes = Math.max(0, Math.round((Date.now() - savedAt) / 60_000));
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

/** Why `text` cannot be used as a config file at all, or its JSON. */
function readJson(text: string): { json: unknown } | { problem: string } {
  try {
    const json: unknown = JSON.parse(text);
    const pixels = (json as { pixels?: unknown } | null)?.pixels;
    return Array.isArray(pixels) ? { json } : { problem: 'expected {"pixels": [...]}' };
  } catch (error) {
    return { problem: `is not valid JSON (${String(error)})` };
  }
}

/**
 * Checks a fetched config file. A file that cannot be read or parsed does not
 * switch counting off: the last good copy this browser saw is used instead
 * (and the console says how old it is); with no such copy, no pixel loads.
 */
export function parsePixelConfigFile(file: ConfigFile, source: string): PixelConfig {
  const read = 'problem' in file ? file : readJson(file.text);
  if ('json' in read && 'text' in file) {
    remember(source, file.text);
    return parsePixelConfig(read.json, source);
  }
  const { problem } = read as { problem: string };
  const saved = recall(source);
  const savedJson = saved && readJson(saved.text);
  if (!saved || !savedJson || !('json' in savedJson)) {
    return noPixels(source, `${problem}; this browser has no earlier good copy`);
  }
  const fallback = parsePixelConfig(savedJson.json, source);
  const when = `${age(saved.savedAt)} ago (${new Date(saved.savedAt).toISOString()})`;
  const kept = {
    entry: null,
    id: null,
    key: null,
    en: `${problem}; using the last good copy this browser saw ${when}`,
    ru: `файл не читается (${problem}); используется последняя исправная копия, которую видел этот браузер: ${when}`,
  };
  return {
    ...fallback,
    problems: [`${source}: ${kept.en}`, ...fallback.problems],
    details: [kept, ...fallback.details],
  };
}
