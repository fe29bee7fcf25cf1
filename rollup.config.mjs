import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './build/minify-templates.js';
import typescript from '@rollup/plugin-typescript';

// In the script-tag bundle 'lit' is lit-html alone, without LitElement, ReactiveElement and the css tag (~3.7 KB gzip).
const litWithoutElements = () => ({
  name: 'lit-without-elements',
  resolveId: (source) =>
    source === 'lit' ? fileURLToPath(new URL('build/lit-without-elements.js', import.meta.url)) : null,
});

// Evergreen browsers only (ES2022 modules); two compress passes; top-level names mangled (each file is a module).
const terserForBrowsers = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
  });

const typescriptForBundle = () =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist' });

export default [
  // npm: one module per entry, lit and js-cookie left to the app's bundler; the banner UI stays a lazy chunk.
  {
    input: { index: 'src/index.ts', core: 'src/core/index.ts', element: 'src/element/index.ts' },
    external: [/^lit(\/|$)/, /^js-cookie$/],
    plugins: [typescriptForBundle()],
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  // Script tag: everything bundled and minified; the UI chunk loads only when the banner must show.
  {
    input: { 'cap-consent': 'src/index.ts' },
    // The lazy chunks (banner UI, marketing pixels) import shared code from the entry itself instead of a
    // separate chunk behind a one-line facade: one request fewer on every page view.
    preserveEntrySignatures: 'allow-extension',
    plugins: [typescriptForBundle(), minifyTemplates(), litWithoutElements(), nodeResolve(), terserForBrowsers()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'cap-consent-[name]-[hash].js',
    },
  },
  // Classic <script> for templates that cannot load modules: one file, the UI inlined.
  {
    input: 'src/index.ts',
    plugins: [typescriptForBundle(), nodeResolve(), terser({ format: { comments: false } })],
    output: {
      file: 'dist/cap-consent.iife.js',
      format: 'iife',
      name: 'CapConsent',
      sourcemap: true,
      inlineDynamicImports: true,
    },
  },
];
