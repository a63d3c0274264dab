// One word for one idea in the English user text: the official layout edition (the 2019 / 2021
// template, what `nianbao.template`, `--template` and `"template"` choose) is a "template", never a
// "format". "format" is left to output formats (`--format stylish|json|sarif`, "output format"), file
// formats and Format Document. The Chinese text keeps 格式, the official word, and is not checked.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;

/** The uses of "format" that are not one of the allowed senses, each with the words around it. */
function formatForTemplate(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\bformats?\b/gi)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 10), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 10);
    const allowed = /--$/.test(before) // the CLI's --format option
      || /\b(?:output|file) $/i.test(before) // "output format", "file format"
      || /^ Document\b/.test(after); // VS Code's Format Document
    if (!allowed) found.push(`…${text.slice(Math.max(0, at - 20), at + m[0].length + 20)}…`);
  }
  return found;
}

/** Every English text the user sees, as [where, text]. */
function englishTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, text] of Object.entries(json('l10n/messages.en.json'))) out.push([`l10n/messages.en.json ${key}`, text]);
  for (const [key, text] of Object.entries(json('package.nls.json'))) out.push([`package.nls.json ${key}`, text]);
  // The runtime bundle's keys are the English strings of vscode.l10n.t() (its values the same).
  for (const [key, text] of Object.entries(json('l10n/bundle.l10n.json'))) out.push([`l10n/bundle.l10n.json "${key}"`, `${key}\n${text}`]);
  return out;
}

test('no English user text calls the template edition a format ("format" is only --format, output and file formats, Format Document)', () => {
  const texts = englishTexts();
  assert.ok(texts.length > 300, `${texts.length} texts read`);
  const problems = texts.flatMap(([where, text]) => formatForTemplate(text).map((hit) => `${where}: ${hit}`));
  assert.deepEqual(problems, []);
});

test('the wording check catches "format" for the template and lets the output and file senses pass', () => {
  const bad = [
    'Cites the superseded 2019 format (“国办公开办函〔2019〕60号”)',
    'check the format setting (auto picks it by the report’s year)',
    '“总体情况” does not cover 监督保障: the format asks for it.',
    'This is the {otherTemplate} format’s wording',
    '{0} format · {1} problems',
    'A section that is not in the official format',
    'Format',
    'reports in 3 groups by format and year',
  ];
  for (const text of bad) assert.equal(formatForTemplate(text).length, 1, text);
  assert.deepEqual(formatForTemplate('Cites the 2019 format, and the 2021 formats follow'), [
    '…Cites the 2019 format, and the 2021 forma…',
    '…ormat, and the 2021 formats follow…',
  ]);
  const good = [
    '--format <stylish|json|sarif>   output format (default: stylish)',
    'nianbao summary [paths…] [--format md|csv|json]',
    'Word .docx is a file format the CLI reads',
    'Format Document aligns the tables; formatting keeps the numbers',
    'Cites the superseded 2019 template (“国办公开办函〔2019〕60号”)',
    'Information about the formatter', // "information" and "formatter" are other words
  ];
  for (const text of good) assert.deepEqual(formatForTemplate(text), [], text);
});
