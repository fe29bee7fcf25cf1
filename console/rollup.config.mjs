import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// The console imports the element from the repository root (its `exports`), built first by the root `npm run build`:
// the root package is not a workspace, so npm links no `node_modules/cap-consent`.
const rootDir = new URL('../', import.meta.url);
const rootExports = JSON.parse(readFileSync(new URL('package.json', rootDir), 'utf8')).exports;
const capConsentFromRoot = () => ({
  name: 'cap-consent-from-root',
  resolveId(source) {
    if (source !== 'cap-consent' && !source.startsWith('cap-consent/')) return null;
    const entry = rootExports[`.${source.slice('cap-consent'.length)}`];
    if (!entry?.default) return null;
    return fileURLToPath(new URL(entry.default, rootDir));
  },
});

const plugins = () => [
  capConsentFromRoot(),
  typescript({ tsconfig: './tsconfig.json' }),
  nodeResolve({ browser: true }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    input: { console: 'src/main.ts', preview: 'src/preview/preview-frame.ts' },
    plugins: [
      ...plugins(),
      {
        name: 'static-pages',
        generateBundle() {
          for (const page of ['index.html', 'preview.html']) {
            this.emitFile({ type: 'asset', fileName: page, source: readFileSync(new URL(`static/${page}`, import.meta.url)) });
          }
          this.emitFile({ type: 'asset', fileName: 'console.css', source: readFileSync(new URL('static/console.css', import.meta.url)) });
        },
      },
    ],
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  },
];
