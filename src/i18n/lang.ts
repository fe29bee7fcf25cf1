export const LANGS = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ru';

/** Common spellings that mean Kazakh but are not its language code. */
const LANG_ALIASES: Readonly<Record<string, Lang>> = { kz: 'kk' };

/** The supported language of a BCP 47 tag (`kk-KZ` → kk), or null. */
export function supportedLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if ((LANGS as readonly string[]).includes(primary)) return primary as Lang;
  return LANG_ALIASES[primary] ?? null;
}
