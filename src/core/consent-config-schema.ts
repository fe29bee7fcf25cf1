import { OPTIONAL_CATEGORIES } from './categories.js';
import { COOKIE_NAME_PATTERN, ENTRY_ID_PATTERN, SCRIPT_SRC_PATTERN, SERVICE_FACT_PATTERNS } from './consent-config.js';
import { PRESET_NAMES, VENDORS, type PresetName, type VendorOption, type VendorOptionType } from './vendors.js';

type Schema = Record<string, unknown>;

const LARGEST = Number.MAX_SAFE_INTEGER;

const SERVICE_FACT_DESCRIPTIONS: Record<string, string> = {
  service: 'A pixel without a preset: the service as visitors know it, shown in the cookie settings (default: the id).',
  provider:
    'A pixel without a preset: the company that receives the data, shown in the banner and the cookie settings.',
  country:
    'A pixel without a preset: where the data is processed, an ISO 3166-1 code such as "KZ" or "DE". Outside Kazakhstan the settings say so.',
  policyUrl:
    "A pixel without a preset: the provider's privacy policy (http or https), linked from the cookie settings.",
};

const OPTION_SCHEMAS: Record<VendorOptionType, Schema> = {
  boolean: { type: 'boolean' },
  string: { type: 'string', minLength: 1 },
  integer: { type: 'integer', minimum: -LARGEST, maximum: LARGEST },
  object: { type: 'object' },
};

function optionsSchema(preset: PresetName): Schema {
  const options: readonly VendorOption[] = VENDORS[preset].options;
  return {
    type: 'object',
    description: `Options of "${preset}", passed to the tag as the vendor's snippet does.`,
    properties: Object.fromEntries(
      options.map((option) => [
        option.key,
        {
          ...OPTION_SCHEMAS[option.type],
          description: `${option.label.en} / ${option.label.ru}${option.default === undefined ? '' : `. Default ${JSON.stringify(option.default)}`}`,
        },
      ]),
    ),
    additionalProperties: false,
  };
}

/** The schema of each vendor-id key; presets sharing a key share its pattern (a test checks it). */
function idFieldSchemas(): Record<string, Schema> {
  const fields: Record<string, Schema> = {};
  for (const preset of PRESET_NAMES) {
    const facts = VENDORS[preset];
    const users = PRESET_NAMES.filter((name) => VENDORS[name].idField === facts.idField);
    fields[facts.idField] ??= {
      ...(facts.idMayBeNumber ? { type: ['integer', 'string'], minimum: 1, maximum: LARGEST } : { type: 'string' }),
      pattern: facts.idPattern.source,
      description: `The id for ${users.join(', ')}, e.g. ${facts.idExample}.`,
    };
  }
  return fields;
}

/**
 * The JSON Schema (draft 2020-12) of consent.json, made from the vendor table
 * and the validator's own patterns. It gives each entry the verdict
 * `checkPixelEntry` gives it; what needs the whole list (an id or a vendor id
 * used twice) only the validator and `cap-consent validate` find.
 */
export function consentConfigSchema(): Schema {
  const idFields = idFieldSchemas();
  const forbidden = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, false]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://static.cap.kz/cap-consent/schema/consent-config.schema.json',
    title: 'cap-consent marketing config (consent.json)',
    description:
      'The pixels a cap.kz site may load. A pixel loads only when "enabled" is true AND the visitor allowed its category. Check a file with: npx cap-consent validate consent.json',
    type: 'object',
    required: ['pixels'],
    properties: {
      $schema: { type: 'string', description: 'Path to this schema, so editors check the file as you type.' },
      pixels: {
        type: 'array',
        description:
          'The list of pixels. A broken entry is skipped (the console says why); the others still work. An id or a vendor id used twice is skipped too.',
        items: { $ref: '#/$defs/pixel' },
      },
    },
    additionalProperties: false,
    $defs: {
      pixel: {
        type: 'object',
        required: ['id', 'category', 'enabled'],
        properties: {
          id: {
            type: 'string',
            pattern: ENTRY_ID_PATTERN.source,
            description: 'A short unique name of your choice, shown in messages. Example: "metrika-main".',
          },
          category: {
            enum: [...OPTIONAL_CATEGORIES],
            description:
              'statistics: visit counters (Yandex Metrica, GA4). marketing: advertising and retargeting (Google Ads, VK, Meta).',
          },
          enabled: {
            type: 'boolean',
            description: 'true: load (once the visitor allows the category). false: never load.',
          },
          preset: {
            enum: [...PRESET_NAMES],
            description: PRESET_NAMES.map((name) => `${name} needs "${VENDORS[name].idField}"`).join('; '),
          },
          src: {
            type: 'string',
            pattern: SCRIPT_SRC_PATTERN.source,
            description:
              'Without a preset: the script of any other pixel. With a preset: replaces the vendor address. A full https:// address or a path starting with /.',
          },
          cookies: {
            type: 'array',
            items: { type: 'string', pattern: COOKIE_NAME_PATTERN.source },
            description:
              'Extra cookies this pixel sets, deleted on withdrawal. A trailing * matches a prefix: "_promo_*".',
          },
          options: { type: 'object', description: "The preset's settings (see the preset's options)." },
          ...idFields,
          ...Object.fromEntries(
            Object.entries(SERVICE_FACT_PATTERNS).map(([key, pattern]) => [
              key,
              { type: 'string', pattern: pattern.source, description: SERVICE_FACT_DESCRIPTIONS[key] },
            ]),
          ),
        },
        additionalProperties: false,
        anyOf: [{ required: ['preset'] }, { required: ['src'] }],
        if: { required: ['preset'] },
        then: {
          allOf: PRESET_NAMES.map((preset) => ({
            if: { properties: { preset: { const: preset } } },
            then: {
              required: [VENDORS[preset].idField],
              properties: {
                ...forbidden(Object.keys(idFields).filter((field) => field !== VENDORS[preset].idField)),
                ...forbidden(Object.keys(SERVICE_FACT_PATTERNS)),
                options: { $ref: `#/$defs/options-${preset}` },
              },
            },
          })),
        },
        else: { properties: forbidden([...Object.keys(idFields), 'options']) },
      },
      ...Object.fromEntries(PRESET_NAMES.map((preset) => [`options-${preset}`, optionsSchema(preset)])),
    },
  };
}
