import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const cache = new Map();

/** Raw, gzip -9 and brotli q11 sizes in bytes of one file, as a server with static compression would send it. */
export async function compressedSizes(file) {
  if (!cache.has(file)) {
    const body = await readFile(file);
    cache.set(file, {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return cache.get(file);
}
