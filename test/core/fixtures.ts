// Test helpers: read fixture drafts and summarise findings as plain data (rule, line, column,
// message id), the form golden files and expectations are written in.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintOptions, type LintResult } from '../../core/src/index.js';

export const root = process.cwd();

export function fixture(...parts: string[]): string {
  return readFileSync(join(root, 'test', 'fixtures', ...parts), 'utf8');
}

interface FindingSummary {
  ruleId: string;
  line: number;
  column: number;
  messageId: string;
}

function summarise(result: LintResult): FindingSummary[] {
  return result.findings.map((f) => {
    const p = result.index.positionAt(f.span.start);
    return { ruleId: f.ruleId, line: p.line + 1, column: p.character + 1, messageId: f.messageId };
  });
}

export function lintSummary(text: string, options?: LintOptions): FindingSummary[] {
  return summarise(lint(text, options));
}

/** Replaces exactly one occurrence of `from` (fails loudly if it is absent or ambiguous). */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  if (text.indexOf(from, at + 1) >= 0) throw new Error(`fixture contains ${JSON.stringify(from)} more than once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export const shapes = ['clean-pipe.md', 'clean-html.md', 'clean-tsv.txt', 'clean-cells.txt', 'clean-grid.md', 'clean-multiline.md'];
