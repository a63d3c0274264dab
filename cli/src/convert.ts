// `nianbao convert report.docx [-o report.md]`: writes a Word report as a Markdown draft beside it
// (or where -o says), never over an existing file, and lists what could not be placed.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliOptions } from './args.js';
import { convertWordFile } from '../../word/src/convertWordFile.js';
import { displayPath } from './formatters/stylish.js';
import { wordProblemMessage } from './lintWordFile.js';
import { t } from './messages.js';
import { terminalText } from './terminalText.js';
import type { RunIO } from './run.js';

// Runs the convert command; resolves to the exit code (0 written, 2 unreadable file or refused output).
export async function convertCommand(options: CliOptions, io: RunIO): Promise<number> {
  const { locale } = options;
  const source = resolve(io.cwd, options.patterns[0]!);
  const target = resolve(io.cwd, options.output ?? source.replace(/\.docx$/i, '.md'));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(source);
  } catch (e) {
    io.stderr(`${displayPath(source, io.cwd)}: ${t('unreadable', locale, { detail: (e as NodeJS.ErrnoException).code ?? String(e) })}\n`);
    return 2;
  }
  const converted = await convertWordFile(bytes, source, options.template ?? 'auto', locale);
  if (!converted.ok) {
    io.stderr(`${displayPath(source, io.cwd)}: ${terminalText(wordProblemMessage(converted.problem, converted.detail, locale))}\n`);
    return 2;
  }
  if (existsSync(target)) {
    io.stderr(t('convertExists', locale, { path: displayPath(target, io.cwd) }) + '\n');
    return 2;
  }
  try {
    writeFileSync(target, converted.draft.markdown, { flag: 'wx' });
  } catch (e) {
    io.stderr(`${displayPath(target, io.cwd)}: ${t('unreadable', locale, { detail: (e as NodeJS.ErrnoException).code ?? String(e) })}\n`);
    return 2;
  }
  io.stdout(t('converted', locale, { from: displayPath(source, io.cwd), to: displayPath(target, io.cwd) }) + '\n');
  if (converted.draft.unplaced.length > 0) {
    io.stdout(t('convertUnplaced', locale) + '\n');
    for (const u of converted.draft.unplaced) io.stdout(`  ${terminalText(u.place)}  ${terminalText(u.text)}\n`);
  }
  return 0;
}
