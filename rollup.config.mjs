import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

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
    plugins: [typescriptForBundle(), nodeResolve(), terser({ format: { comments: false } })],
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
