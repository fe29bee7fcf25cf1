import { noPixels, parsePixelConfig, type PixelConfig } from '../core/index.js';
import type { ConfigFile } from './config-file.js';

/** Checks a fetched config file; an unreadable file or invalid JSON loads no pixel. */
export function parsePixelConfigFile(file: ConfigFile, source: string): PixelConfig {
  if ('problem' in file) return noPixels(source, file.problem);
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return noPixels(source, `is not valid JSON (${String(error)})`);
  }
  return parsePixelConfig(json, source);
}
