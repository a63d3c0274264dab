// Tests for expanding paths, folders and globs into files: skipping, symlinks, explicit files, ordering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { collectFiles, isGlob } from '../../node/src/collectFiles.js';

/** Makes a temp folder with the given files (relative paths → content) and returns its path. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-walk-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = join(root, ...rel.split('/'));
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

const rel = (root: string, paths: { path: string }[]) => paths.map((p) => relative(root, p.path).split(sep).join('/'));

test('a folder yields its .md and .txt files, skipping node_modules and .git, sorted', (t) => {
  const root = tree({
    'b.txt': 'x',
    'a.md': 'x',
    'c.json': 'x',
    'notes.MD': 'x',
    'sub/d.md': 'x',
    'sub/deeper/e.txt': 'x',
    'node_modules/pkg/f.md': 'x',
    '.git/g.txt': 'x',
    'sub/node_modules/h.md': 'x',
  });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const { files, problems } = collectFiles(['.'], root);
  assert.deepEqual(problems, []);
  assert.deepEqual(rel(root, files), ['a.md', 'b.txt', 'notes.MD', 'sub/d.md', 'sub/deeper/e.txt']);
  assert.ok(files.every((f) => !f.explicit), 'files found in a folder are candidates, not explicit');
});

test('with Word files, a folder yields .docx/.doc/.wps too, but not Word\'s "~$" owner files; a named one is taken', (t) => {
  const root = tree({ 'a.md': 'x', 'b.docx': 'x', 'c.DOC': 'x', 'd.wps': 'x', '~$b.docx': 'x', 'sub/~$c.doc': 'x', 'sub/e.docx': 'x', 'f.xlsx': 'x' });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.deepEqual(rel(root, collectFiles(['.'], root, { word: true }).files), ['a.md', 'b.docx', 'c.DOC', 'd.wps', 'sub/e.docx']);
  assert.deepEqual(rel(root, collectFiles(['.'], root).files), ['a.md'], 'without Word files: .md and .txt only');
  assert.deepEqual(rel(root, collectFiles(['~$b.docx'], root, { word: true }).files), ['~$b.docx'], 'named on the command line: checked');
});

test('no patterns means the current folder', (t) => {
  const root = tree({ 'a.md': 'x', 'z/b.txt': 'x' });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.deepEqual(rel(root, collectFiles([], root).files), ['a.md', 'z/b.txt']);
});

test('a file named explicitly is explicit, whatever its extension, and wins over the folder walk', (t) => {
  const root = tree({ 'a.md': 'x', 'draft.docx.txt': 'x', 'report.text': 'x' });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const { files } = collectFiles(['.', 'a.md', 'report.text'], root);
  assert.deepEqual(rel(root, files), ['a.md', 'draft.docx.txt', 'report.text']);
  assert.deepEqual(files.map((f) => f.explicit), [true, false, true]);
});

test('a missing path is reported, not thrown', (t) => {
  const root = tree({ 'a.md': 'x' });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const { files, problems } = collectFiles(['nope.md', 'a.md'], root);
  assert.equal(files.length, 1);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.kind, 'not-found');
  assert.equal(problems[0]!.path, join(root, 'nope.md'));
});

test('globs are expanded, their matches are explicit, and an empty glob is a problem', (t) => {
  const root = tree({
    'reports/2021/a.md': 'x',
    'reports/2022/b.md': 'x',
    'reports/2022/c.txt': 'x',
    'reports/node_modules/d.md': 'x',
    'other/e.md': 'x',
  });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const { files, problems } = collectFiles(['reports/**/*.md'], root);
  assert.deepEqual(rel(root, files), ['reports/2021/a.md', 'reports/2022/b.md']);
  assert.ok(files.every((f) => f.explicit));
  assert.deepEqual(problems, []);
  assert.deepEqual(rel(root, collectFiles(['*/2022/*.{md,txt}'], root).files), ['reports/2022/b.md', 'reports/2022/c.txt']);
  const none = collectFiles(['reports/**/*.pdf'], root);
  assert.deepEqual(none.files, []);
  assert.deepEqual(none.problems.map((p) => p.kind), ['no-match']);
});

test('isGlob tells globs from plain paths', () => {
  assert.equal(isGlob('reports/**/*.md'), true);
  assert.equal(isGlob('a?.md'), true);
  assert.equal(isGlob('reports/2021.md'), false);
  assert.equal(isGlob('年报/报告.txt'), false);
});

test('symlinks are followed inside the folder but never out of it, and loops end', { skip: process.platform === 'win32' }, (t) => {
  const outside = tree({ 'secret.md': 'x', 'dir/o.md': 'x' });
  const root = tree({ 'a.md': 'x', 'sub/b.md': 'x' });
  t.after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  symlinkSync(join(outside, 'secret.md'), join(root, 'leak.md'));
  symlinkSync(join(outside, 'dir'), join(root, 'leakdir'));
  symlinkSync(join(root, 'sub'), join(root, 'alias')); // same folder again: taken once, by its real path
  symlinkSync(root, join(root, 'sub', 'loop')); // a cycle
  symlinkSync(join(root, 'a.md'), join(root, 'z-link.md')); // same file again
  symlinkSync(join(root, 'missing.md'), join(root, 'dangling.md'));
  const { files, problems } = collectFiles(['.'], root);
  assert.deepEqual(problems, []);
  assert.deepEqual(rel(root, files), ['a.md', 'sub/b.md']);
});

test('a symlinked folder inside the root that holds new files is walked', { skip: process.platform === 'win32' }, (t) => {
  const root = tree({ 'a.md': 'x', 'node_modules/real/n.md': 'x' });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  symlinkSync(join(root, 'node_modules', 'real'), join(root, 'linked'));
  assert.deepEqual(rel(root, collectFiles(['.'], root).files), ['a.md', 'linked/n.md']);
});
