import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layer map of ../shared/DESIGN.md: each folder of src/ imports only from the layers above it
// (i18n takes category and preset names from core, as "above it" allows).
const LAYERS = {
  core: [],
  i18n: ['core'],
  store: ['core'],
  activate: ['core'],
  integrations: ['core', 'activate'],
  element: ['core', 'i18n', 'store', 'activate', 'integrations'],
};
const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => {
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !allowed.includes(other));
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${[...forbidden.map((name) => `${name}/`), 'index(\\.js)?$'].join('|')})`,
              message: `src/${layer}/ may import only from ${allowed.length ? allowed.map((name) => `src/${name}/`).join(', ') : 'itself'} (the layer map in DESIGN.md).`,
            },
            ...(layer === 'core'
              ? [
                  {
                    regex: '^[^.]',
                    message: 'src/core/ is pure TypeScript: no packages (it runs in Node with no DOM).',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'examples/*/node_modules/',
      'examples/*/dist/',
      'examples/*/.angular/',
      'bench/results/',
      'screenshots/',
      'console/dist/',
      'console/screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `interface X extends Y {}` merges the element's events into the DOM's event maps.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  ...layerRules,
  {
    // Chai assertions end in properties (`.to.exist`, `.not.empty`).
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
