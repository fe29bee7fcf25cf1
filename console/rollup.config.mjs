import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
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
            this.emitFile({
              type: 'asset',
              fileName: page,
              source: readFileSync(new URL(`static/${page}`, import.meta.url)),
            });
          }
          this.emitFile({
            type: 'asset',
            fileName: 'console.css',
            source: readFileSync(new URL('static/console.css', import.meta.url)),
          });
        },
      },
    ],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
];
