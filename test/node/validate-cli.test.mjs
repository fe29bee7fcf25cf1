// `npx cap-consent validate`: the README's examples are clean, broken files get one line per problem naming
// the entry, the key and what to write instead (ru and en), and the exit code says which.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/fixtures/validate');

/** Runs the bin as npx would, from `cwd`; resolves with its exit code and output lines. */
function validate(args, cwd = fixtures) {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'bin/cap-consent.mjs'), ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error?.code ?? 0, lines: stdout.trim().split('\n'), stderr }),
    );
  });
}

test('every consent.json example in the README is clean (exit 0)', async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
    .map(([, body]) => body)
    .filter((body) => body.includes('"pixels"'));
  assert.ok(examples.length >= 5, `found ${examples.length} examples`);
  const dir = await mkdtemp(join(tmpdir(), 'cap-consent-readme-'));
  const files = await Promise.all(
    examples.map(async (body, index) => {
      const file = join(dir, `example-${index + 1}.json`);
      await writeFile(file, body);
      return file;
    }),
  );
  const { code, lines } = await validate(['validate', ...files]);
  assert.equal(code, 0, lines.join('\n'));
  assert.equal(lines.length, files.length);
  for (const line of lines) assert.match(line, /: без ошибок, пикселей: \d+ \| no problems, pixels: \d+$/);
});

test('a file with mistakes: one line per problem, entry and key named, what to write instead in ru and en; exit 1', async () => {
  const { code, lines } = await validate(['validate', 'mistakes.json']);
  assert.equal(code, 1);
  assert.deepEqual(lines, [
    'mistakes.json: запись 1 "metrika", "enabeld": неизвестный ключ: напишите "enabled" | entry 1 "metrika", "enabeld": unknown key: write "enabled"',
    'mistakes.json: запись 1 "metrika", "webvisor": перенесите внутрь "options": {"webvisor": …} | entry 1 "metrika", "webvisor": move it inside "options": {"webvisor": …}',
    'mistakes.json: запись 2 "partner", "src": напишите полный адрес с https:// (или путь от корня сайта, с /) (сейчас: "partner.example.kz/pixel.js") | entry 2 "partner", "src": write a full https:// address (or a path from the site root, starting with /) (now: "partner.example.kz/pixel.js")',
    'mistakes.json: запись 4 "metrika-again", "counter": 87654321 уже подключён записью 3 ("metrika-copy"): уберите повтор, иначе каждый визит посчитается дважды | entry 4 "metrika-again", "counter": 87654321 is already started by entry 3 ("metrika-copy"): remove the repeat, or every visit counts twice',
  ]);
});

test('a trailing comma is found with its line and column; exit 1', async () => {
  const { code, lines } = await validate(['validate', 'trailing-comma.json', '--lang=en']);
  assert.equal(code, 1);
  assert.deepEqual(lines, [
    'trailing-comma.json: file, line 9, column 6: a comma before "]": remove it'.replace('file, ', 'file: '),
  ]);
});

test('a clean file exits 0; a missing file or a wrong call says so', async () => {
  assert.deepEqual(await validate(['validate', 'clean.json', '--lang=ru']), {
    code: 0,
    lines: ['clean.json: без ошибок, пикселей: 1'],
    stderr: '',
  });
  const missing = await validate(['validate', 'no-such-file.json', '--lang=en']);
  assert.deepEqual([missing.code, missing.lines], [1, ['no-such-file.json: file: cannot be read (ENOENT)']]);
  const wrong = await validate(['check', 'clean.json']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /usage: cap-consent validate/);
});

test('the package ships the bin and the schema, and the bin needs nothing beyond the package', async () => {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.bin['cap-consent'], './bin/cap-consent.mjs');
  assert.equal(pkg.exports['./schema/consent-config.schema.json'], './schema/consent-config.schema.json');
  assert.ok(pkg.files.includes('bin') && pkg.files.includes('schema') && pkg.files.includes('dist'));
  const imports = async (file) =>
    [...(await readFile(file, 'utf8')).matchAll(/^import .* from '([^']+)';$/gm)].map(([, specifier]) => specifier);
  const binImports = await imports(join(root, 'bin/cap-consent.mjs'));
  assert.deepEqual(
    binImports.filter((specifier) => !specifier.startsWith('node:')),
    ['../dist/core.js'],
  );
  const coreImports = await imports(join(root, 'dist/core.js'));
  assert.ok(
    coreImports.every((specifier) => specifier.startsWith('./')),
    coreImports.join(', '),
  );
});
