import { isOptionalCategory, OPTIONAL_CATEGORIES, type OptionalCategory } from './categories.js';
import {
  isPresetName,
  PRESET_NAMES,
  VENDORS,
  vendorOption,
  type PresetName,
  type VendorFacts,
  type VendorOptionType,
} from './vendors.js';
import { serviceFacts, type ServiceFacts } from './service-facts.js';

/** Option values of a preset, as written under `options` (checked against the vendor table). */
export type PixelOptions = Readonly<Record<string, boolean | string | number | Readonly<Record<string, unknown>>>>;

type Said = { readonly ru: string; readonly en: string };
type Found = { readonly key: string | null } & Said;

/** One pixel of the marketing config, checked. */
export interface PixelEntry {
  readonly id: string;
  readonly category: OptionalCategory;
  readonly enabled: boolean;
  /** The vendor tag and its id (counter, measurement id or pixel id). */
  readonly preset?: { readonly name: PresetName; readonly vendorId: string };
  /** A plain script, or the URL that replaces a preset's official one. */
  readonly src?: string;
  /** Extra cookies to delete on withdrawal (names, or prefixes ending in `*`). */
  readonly cookies: readonly string[];
  /** The preset's options as written (defaults are the preset's to apply). */
  readonly options: PixelOptions;
  /** What the file states about a custom pixel's service, for the disclosure (presets use the vendor table). */
  readonly about?: ServiceFacts;
}

/** One thing wrong in a config file, with what to write instead, in Russian and English. */
export interface ConfigProblem {
  /** 1-based position in `pixels`; null for the file itself. */
  readonly entry: number | null;
  /** The entry's `id` when it has a usable one. */
  readonly id: string | null;
  /** The key the problem is about (`options.webvisor` for an option); null for the whole entry. */
  readonly key: string | null;
  readonly ru: string;
  readonly en: string;
}

/** An entry left out, and what can be told about it (for lists such as `element.pixels`). */
export interface RejectedEntry {
  readonly entry: number;
  readonly id: string | null;
  /** The `preset` as written, or `src` for a plain script, or null. */
  readonly vendor: string | null;
  readonly category: string | null;
  readonly enabled: boolean;
  readonly problems: readonly ConfigProblem[];
}

export interface PixelConfig {
  readonly pixels: readonly PixelEntry[];
  /** One English line per problem, naming the file and the entry (for the console). */
  readonly problems: readonly string[];
  /** The same problems, structured, in ru and en. */
  readonly details: readonly ConfigProblem[];
  /** The entries left out. */
  readonly rejected: readonly RejectedEntry[];
}

/**
 * Where a script may come from: an absolute https:// address, or a path on
 * the site itself. `//host` and `/\host` are other sites without a scheme.
 * The JSON Schema uses this very pattern.
 */
export const SCRIPT_SRC_PATTERN = /^(?:https:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?|\/(?![/\\])\S*)$/u;
/** A cookie name, or a prefix ending in `*`. */
export const COOKIE_NAME_PATTERN = /^[^\s;=,"]+$/u;
/** An `id` needs one visible character. */
export const ENTRY_ID_PATTERN = /\S/u;
/** A custom pixel's `service` and `provider` need one visible character; `country` two (an ISO code, or a name). */
export const COUNTRY_PATTERN = /\S\S/u;
/** A custom pixel's privacy policy: an absolute http(s) address. */
export const POLICY_URL_PATTERN = /^https?:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/u;
/** What a custom (`src`) pixel may state about its service, and the pattern of each. */
export const SERVICE_FACT_PATTERNS = {
  service: ENTRY_ID_PATTERN,
  provider: ENTRY_ID_PATTERN,
  country: COUNTRY_PATTERN,
  policyUrl: POLICY_URL_PATTERN,
} as const;
const SERVICE_FACT_WORDS: Record<keyof typeof SERVICE_FACT_PATTERNS, Said> = {
  service: { ru: 'название сервиса, например "Partner Pixel"', en: 'the service\'s name, such as "Partner Pixel"' },
  provider: { ru: 'компанию, которая получает данные', en: 'the company that receives the data' },
  country: { ru: 'код страны ISO 3166-1, например "DE"', en: 'an ISO 3166-1 country code such as "DE"' },
  policyUrl: { ru: 'адрес политики с https://', en: 'the privacy policy address, with https://' },
};

/** The keys of an entry besides a preset's id field. */
export const PIXEL_ENTRY_KEYS = ['id', 'category', 'enabled', 'preset', 'src', 'cookies', 'options'] as const;
/** The keys that hold a vendor id (a function: no work, and no side effect for bundlers, at import). */
const idFields = (): string[] => [...new Set(PRESET_NAMES.map((name) => VENDORS[name].idField as string))];

/** A written value as a message shows it: short, and `missing` for no value. */
function shown(value: unknown, missing: string): string {
  if (value === undefined) return missing;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // A config set from JavaScript may hold a cycle or a BigInt.
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
const json = (value: unknown): string => shown(value, 'missing');
const jsonRu = (value: unknown): string => shown(value, 'нет');
const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Levenshtein distance, for "did you mean" on misspelt keys. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known name closest to `written`, if it is close enough to be a typo. */
function nearest(written: string, known: readonly string[]): string | undefined {
  const ranked = known
    .map((name) => ({ name, distance: editDistance(written, name) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(1, Math.floor(written.length / 3)) ? best.name : undefined;
}

/** Whether `value` has the JSON type a vendor option takes (the schema's `type` for it). */
export function matchesOptionType(value: unknown, type: VendorOptionType): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && value.length > 0;
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'object':
      return isPlainObject(value);
  }
}

const TYPE_WORDS: Record<VendorOptionType, Said> = {
  boolean: { ru: 'true или false', en: 'true or false' },
  string: { ru: 'непустой текст в кавычках', en: 'non-empty text in quotes' },
  integer: { ru: 'целое число', en: 'a whole number' },
  object: { ru: 'объект {…}', en: 'an object {…}' },
};

/** Whether `value` is a usable vendor id for `facts`. */
function isVendorId(value: unknown, facts: VendorFacts): value is string | number {
  if (typeof value === 'string') return facts.idPattern.test(value);
  return facts.idMayBeNumber && typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** Problems with the keys every entry has. */
function baseProblems(entry: Record<string, unknown>, knownKeys: readonly string[]): Found[] {
  const { id, category, enabled, preset, src, cookies } = entry;
  const found: Found[] = [];
  if (typeof id !== 'string' || !ENTRY_ID_PATTERN.test(id)) {
    found.push({
      key: 'id',
      ru: `напишите короткое имя, например "metrika-main" (сейчас: ${jsonRu(id)})`,
      en: `write a short name such as "metrika-main" (now: ${json(id)})`,
    });
  }
  if (typeof category !== 'string' || !isOptionalCategory(category)) {
    found.push({
      key: 'category',
      ru: `напишите ${quoted(OPTIONAL_CATEGORIES)} (сейчас: ${jsonRu(category)})`,
      en: `write one of ${quoted(OPTIONAL_CATEGORIES)} (now: ${json(category)})`,
    });
  }
  if (typeof enabled !== 'boolean') {
    found.push({
      key: 'enabled',
      ru: `напишите true или false без кавычек (сейчас: ${jsonRu(enabled)})`,
      en: `write true or false, without quotes (now: ${json(enabled)})`,
    });
  }
  if (preset !== undefined && !isPresetName(preset)) {
    const guess = typeof preset === 'string' ? nearest(preset, PRESET_NAMES) : undefined;
    found.push({
      key: 'preset',
      ru: `неизвестный ${jsonRu(preset)}: ${guess ? `напишите "${guess}"` : `известны ${quoted(PRESET_NAMES)}`}`,
      en: `unknown ${json(preset)}: ${guess ? `write "${guess}"` : `known are ${quoted(PRESET_NAMES)}`}`,
    });
  }
  if (src !== undefined && (typeof src !== 'string' || !SCRIPT_SRC_PATTERN.test(src))) {
    found.push({
      key: 'src',
      ru: `напишите полный адрес с https:// (или путь от корня сайта, с /) (сейчас: ${jsonRu(src)})`,
      en: `write a full https:// address (or a path from the site root, starting with /) (now: ${json(src)})`,
    });
  }
  if (preset === undefined && src === undefined) {
    found.push({
      key: 'preset',
      ru: `напишите "preset" (${quoted(PRESET_NAMES)}) или "src" (адрес скрипта)`,
      en: `write a "preset" (${quoted(PRESET_NAMES)}) or a "src" (a script address)`,
    });
  }
  if (
    cookies !== undefined &&
    !(Array.isArray(cookies) && cookies.every((name) => typeof name === 'string' && COOKIE_NAME_PATTERN.test(name)))
  ) {
    found.push({
      key: 'cookies',
      ru: 'напишите список имён cookie, например ["promo_id", "promo_*"]',
      en: 'write a list of cookie names, such as ["promo_id", "promo_*"]',
    });
  }
  for (const [key, pattern] of Object.entries(SERVICE_FACT_PATTERNS)) {
    const value = entry[key];
    if (value === undefined || !knownKeys.includes(key)) continue;
    if (typeof value !== 'string' || !pattern.test(value)) {
      const words = SERVICE_FACT_WORDS[key as keyof typeof SERVICE_FACT_PATTERNS];
      found.push({
        key,
        ru: `напишите ${words.ru} (сейчас: ${jsonRu(value)})`,
        en: `write ${words.en} (now: ${json(value)})`,
      });
    }
  }
  const unknown = Object.keys(entry)
    .filter((key) => !knownKeys.includes(key))
    .map((key) => ({ guess: nearest(key, knownKeys), problem: unknownKey(key, entry.preset, knownKeys) }));
  // A misspelt key ("enabeld") is one mistake: say it once, where it was written, not also as a missing key.
  const misspelt = unknown.flatMap(({ guess }) => (guess && entry[guess] === undefined ? [guess] : []));
  return [
    ...found.filter((problem) => !misspelt.includes(problem.key ?? '')),
    ...unknown.map(({ problem }) => problem),
  ];
}

/** What to say about `key`, which this entry may not have. */
function unknownKey(key: string, preset: unknown, knownKeys: readonly string[]): Found {
  if (key === 'options') {
    return {
      key,
      ru: `настройки бывают только у "preset" (${quoted(PRESET_NAMES)}): уберите "options"`,
      en: `only a "preset" (${quoted(PRESET_NAMES)}) takes options: remove "options"`,
    };
  }
  if (isPresetName(preset) && vendorOption(preset, key)) {
    return {
      key,
      ru: `перенесите внутрь "options": {"${key}": …}`,
      en: `move it inside "options": {"${key}": …}`,
    };
  }
  if (key in SERVICE_FACT_PATTERNS) {
    return {
      key,
      ru: `для "${String(preset)}" это берётся из таблицы сервисов: уберите "${key}"`,
      en: `the vendor table states it for "${String(preset)}": remove "${key}"`,
    };
  }
  if (idFields().includes(key)) {
    const owners = PRESET_NAMES.filter((name) => VENDORS[name].idField === key);
    return {
      key,
      ru: `"${key}" нужен только для ${quoted(owners)}; ${isPresetName(preset) ? `для "${preset}" напишите "${VENDORS[preset].idField}"` : 'уберите его или добавьте "preset"'}`,
      en: `"${key}" belongs to ${quoted(owners)} only; ${isPresetName(preset) ? `"${preset}" needs "${VENDORS[preset].idField}"` : 'remove it or add a "preset"'}`,
    };
  }
  const guess = nearest(key, knownKeys);
  return guess
    ? { key, ru: `неизвестный ключ: напишите "${guess}"`, en: `unknown key: write "${guess}"` }
    : {
        key,
        ru: `неизвестный ключ: уберите его (допустимы ${quoted(knownKeys)})`,
        en: `unknown key: remove it (allowed: ${quoted(knownKeys)})`,
      };
}

/** Problems with a preset's id and options. */
function presetProblems(entry: Record<string, unknown>, preset: PresetName): Found[] {
  const facts: VendorFacts = VENDORS[preset];
  const found: Found[] = [];
  const vendorId = entry[facts.idField];
  if (!isVendorId(vendorId, facts)) {
    found.push({
      key: facts.idField,
      ru: `"${preset}" нужен номер вида ${facts.idExample} (сейчас: ${jsonRu(vendorId)})`,
      en: `"${preset}" needs it, like ${facts.idExample} (now: ${json(vendorId)})`,
    });
  }
  const { options } = entry;
  if (options === undefined) return found;
  if (!isPlainObject(options)) {
    found.push({ key: 'options', ru: 'напишите объект {…}', en: 'write an object {…}' });
    return found;
  }
  const known = facts.options.map((option) => option.key);
  for (const [key, value] of Object.entries(options)) {
    const option = vendorOption(preset, key);
    const guess = option ? undefined : nearest(key, known);
    if (!option) {
      found.push({
        key: `options.${key}`,
        ru: `у "${preset}" нет такой настройки: ${guess ? `напишите "${guess}"` : known.length ? `есть ${quoted(known)}` : 'настроек нет'}`,
        en: `"${preset}" has no such option: ${guess ? `write "${guess}"` : known.length ? `there are ${quoted(known)}` : 'it has none'}`,
      });
    } else if (!matchesOptionType(value, option.type)) {
      found.push({
        key: `options.${key}`,
        ru: `напишите ${TYPE_WORDS[option.type].ru} (сейчас: ${jsonRu(value)})`,
        en: `write ${TYPE_WORDS[option.type].en} (now: ${json(value)})`,
      });
    }
  }
  return found;
}

/** The keys an entry may have: the common ones, and its preset's id field or, without a preset, its service's facts. */
function knownKeysOf(preset: unknown): string[] {
  return isPresetName(preset)
    ? [...PIXEL_ENTRY_KEYS, VENDORS[preset].idField]
    : [...PIXEL_ENTRY_KEYS.filter((key) => key !== 'options'), ...Object.keys(SERVICE_FACT_PATTERNS)];
}

/**
 * The problems of one entry on its own (the JSON Schema's verdict on it), and
 * the checked entry when there are none. Duplicates are the file's to find.
 */
export function checkPixelEntry(raw: unknown): { entry?: PixelEntry; problems: Found[] } {
  if (!isPlainObject(raw)) {
    return {
      problems: [
        {
          key: null,
          ru: `нужен объект {"id": …, "category": …, "enabled": …}, а не ${jsonRu(raw)}`,
          en: `must be an object {"id": …, "category": …, "enabled": …}, not ${json(raw)}`,
        },
      ],
    };
  }
  const { preset } = raw;
  const problems = [
    ...baseProblems(raw, knownKeysOf(preset)),
    ...(isPresetName(preset) ? presetProblems(raw, preset) : []),
  ];
  if (problems.length > 0) return { problems };
  return {
    problems,
    entry: {
      id: raw.id as string,
      category: raw.category as OptionalCategory,
      enabled: raw.enabled as boolean,
      ...(isPresetName(preset) && { preset: { name: preset, vendorId: String(raw[VENDORS[preset].idField]) } }),
      ...(raw.src !== undefined && { src: raw.src as string }),
      cookies: (raw.cookies as string[] | undefined) ?? [],
      options: (raw.options as PixelOptions | undefined) ?? {},
      ...(!isPresetName(preset) && { about: serviceFacts(raw) }),
    },
  };
}

/** A second entry with an id, or a vendor id, an earlier one already has. */
function duplicateProblems(entry: PixelEntry, earlier: readonly { entry: PixelEntry; position: number }[]): Found[] {
  const found: Found[] = [];
  const sameId = earlier.find((other) => other.entry.id === entry.id);
  if (sameId) {
    found.push({
      key: 'id',
      ru: `"${entry.id}" уже занят записью ${sameId.position}: дайте другое имя`,
      en: `"${entry.id}" is already used by entry ${sameId.position}: choose another name`,
    });
  }
  const { preset } = entry;
  const sameTag =
    preset &&
    earlier.find(
      (other) => other.entry.preset?.name === preset.name && other.entry.preset.vendorId === preset.vendorId,
    );
  if (preset && sameTag) {
    const field = VENDORS[preset.name].idField;
    found.push({
      key: field,
      ru: `${preset.vendorId} уже подключён записью ${sameTag.position} ("${sameTag.entry.id}"): уберите повтор, иначе каждый визит посчитается дважды`,
      en: `${preset.vendorId} is already started by entry ${sameTag.position} ("${sameTag.entry.id}"): remove the repeat, or every visit counts twice`,
    });
  }
  return found;
}

function describeEntry(position: number, id: string | null): string {
  return `pixel${id ? ` "${id}"` : ''} (entry ${position})`;
}

function consoleLine(source: string, problem: ConfigProblem): string {
  const where = problem.entry === null ? '' : ` ${describeEntry(problem.entry, problem.id)} skipped:`;
  const key = problem.key === null ? '' : ` "${problem.key}":`;
  return `${source}:${where}${key} ${problem.en}`;
}

/** No pixel at all, and why. */
export function noPixels(source: string, problem: string, ru = problem): PixelConfig {
  return {
    pixels: [],
    problems: [`${source}: ${problem}; no pixel is loaded`],
    details: [
      {
        entry: null,
        id: null,
        key: null,
        ru: `${ru}; ни один пиксель не загружается`,
        en: `${problem}; no pixel is loaded`,
      },
    ],
    rejected: [],
  };
}

/** The keys of the file itself. */
export const CONFIG_FILE_KEYS = ['$schema', 'pixels'];

/**
 * Checks the marketing config (`{"pixels": [...]}`) read from `source`. Every
 * problem is reported (unknown keys too); an entry with any problem is left
 * out and the others are kept. A vendor id used twice starts once.
 */
export function parsePixelConfig(json: unknown, source: string): PixelConfig {
  const pixels = isPlainObject(json) ? json.pixels : undefined;
  if (!Array.isArray(pixels)) {
    return noPixels(source, 'expected {"pixels": [...]}', 'ожидался объект {"pixels": [...]}');
  }
  const details: ConfigProblem[] = Object.keys(json as object)
    .filter((key) => !CONFIG_FILE_KEYS.includes(key))
    .map((key) => ({
      entry: null,
      id: null,
      key,
      ru: 'неизвестный ключ: в файле допустимы только "pixels" и "$schema"',
      en: 'unknown key: a config file holds only "pixels" and "$schema"',
    }));
  const kept: { entry: PixelEntry; position: number }[] = [];
  const rejected: RejectedEntry[] = [];
  pixels.forEach((raw: unknown, index) => {
    const position = index + 1;
    const checked = checkPixelEntry(raw);
    const found = checked.entry ? duplicateProblems(checked.entry, kept) : checked.problems;
    if (checked.entry && found.length === 0) {
      kept.push({ entry: checked.entry, position });
      return;
    }
    const written = isPlainObject(raw) ? raw : {};
    const id = typeof written.id === 'string' && ENTRY_ID_PATTERN.test(written.id) ? written.id : null;
    const problems = found.map((problem) => ({ entry: position, id, ...problem }));
    details.push(...problems);
    rejected.push({
      entry: position,
      id,
      vendor: typeof written.preset === 'string' ? written.preset : written.src !== undefined ? 'src' : null,
      category: typeof written.category === 'string' ? written.category : null,
      enabled: written.enabled === true,
      problems,
    });
  });
  return {
    pixels: kept.map(({ entry }) => entry),
    problems: details.map((problem) => consoleLine(source, problem)),
    details,
    rejected,
  };
}
