#!/usr/bin/env node
// `cap-consent validate consent.json [more.json…] [--lang=ru|en]`: checks marketing config files with the
// element's own validator (the one the browser runs) and prints one line per problem, naming the entry,
// the key and what to write instead. Exit code 1 when any file has a problem, 0 when all are clean.
import { readFile } from 'node:fs/promises';
import { parsePixelConfig } from '../dist/core.js';

const USAGE = 'usage: cap-consent validate <consent.json> [more files] [--lang=ru|en]';

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

/** What is wrong with text that is not JSON, in both languages, on one line. */
function syntaxProblem(text, error) {
  const message = error.message.replace(/\s+/g, ' ');
  const trailingComma = /,\s*[\]}]/.exec(text);
  const offset = trailingComma ? trailingComma.index : Number(/position (\d+)/.exec(error.message)?.[1] ?? Number.NaN);
  if (Number.isNaN(offset)) return { ru: `не JSON (${message})`, en: `not valid JSON (${message})` };
  const { line, column } = lineAndColumn(text, offset);
  return trailingComma
    ? {
        ru: `строка ${line}, позиция ${column}: лишняя запятая перед "${trailingComma[0].at(-1)}": уберите её`,
        en: `line ${line}, column ${column}: a comma before "${trailingComma[0].at(-1)}": remove it`,
      }
    : {
        ru: `строка ${line}, позиция ${column}: ошибка синтаксиса JSON (${message})`,
        en: `line ${line}, column ${column}: JSON syntax error (${message})`,
      };
}

function where(problem, lang) {
  if (problem.entry === null) return lang === 'ru' ? 'файл' : 'file';
  const id = problem.id ? ` "${problem.id}"` : '';
  return lang === 'ru' ? `запись ${problem.entry}${id}` : `entry ${problem.entry}${id}`;
}

function formatProblem(file, problem, langs) {
  const said = langs.map((lang) => {
    const key = problem.key === null ? '' : `, "${problem.key}"`;
    return `${where(problem, lang)}${key}: ${problem[lang]}`;
  });
  return `${file}: ${said.join(' | ')}`;
}

/** The problems of one file (the validator's, or why it could not be read). */
async function fileProblems(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return [
      {
        entry: null,
        id: null,
        key: null,
        ru: `не удалось прочитать (${error.code ?? error.message})`,
        en: `cannot be read (${error.code ?? error.message})`,
      },
    ];
  }
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return [{ entry: null, id: null, key: null, ...syntaxProblem(text, error) }];
  }
  return parsePixelConfig(json, file).details;
}

async function validate(files, langs) {
  let failed = false;
  for (const file of files) {
    const problems = await fileProblems(file);
    if (problems.length === 0) {
      const count = parsePixelConfig(JSON.parse(await readFile(file, 'utf8')), file).pixels.length;
      const ok = { ru: `без ошибок, пикселей: ${count}`, en: `no problems, pixels: ${count}` };
      console.log(`${file}: ${langs.map((lang) => ok[lang]).join(' | ')}`);
    }
    for (const problem of problems) console.log(formatProblem(file, problem, langs));
    failed ||= problems.length > 0;
  }
  return failed ? 1 : 0;
}

const args = process.argv.slice(2);
const lang = args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
const files = args.filter((arg) => !arg.startsWith('--'));
if (files[0] !== 'validate' || files.length < 2 || (lang && !['ru', 'en'].includes(lang))) {
  console.error(USAGE);
  process.exit(2);
}
process.exitCode = await validate(files.slice(1), lang ? [lang] : ['ru', 'en']);
