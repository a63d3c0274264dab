// The template the Markdown preview reads a document in (server/src/editorLibrary.ts previewTemplate,
// which the extension host calls with the document VS Code's preview renders): the nianbao.template
// setting unless 'auto', else the nearest .nianbaorc.json's, as the server and the CLI lint it. Then
// the whole chain on markdown-it: the preview of a 2021 draft in a folder whose config says 2019.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { officialLayoutPlugin } from '../../core/src/index.js';
import { previewTemplate } from '../../server/src/editorLibrary.js';
import { REPO } from './lspHarness.js';

describe('the preview\'s template follows the setting, then .nianbaorc.json', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-preview-config-'));
    mkdirSync(join(dir, 'old', 'deeper'), { recursive: true });
    mkdirSync(join(dir, 'broken'));
    mkdirSync(join(dir, 'plain'));
    writeFileSync(join(dir, 'old', '.nianbaorc.json'), '{ "template": "2019" }');
    writeFileSync(join(dir, 'broken', '.nianbaorc.json'), '{ "template": "2019", ');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the nearest config when the setting is auto; the setting wins otherwise', () => {
    const cases: [Parameters<typeof previewTemplate>[0], string | undefined, string][] = [
      ['auto', join(dir, 'old', 'report.md'), '2019'],
      ['auto', join(dir, 'old', 'deeper', 'report.md'), '2019'],
      ['2021', join(dir, 'old', 'report.md'), '2021'],
      ['auto', join(dir, 'broken', 'report.md'), 'auto'],
      ['auto', join(dir, 'plain', 'report.md'), 'auto'],
      ['2019', undefined, '2019'],
      ['auto', undefined, 'auto'],
    ];
    assert.deepEqual(cases.map(([setting, path]) => previewTemplate(setting, path, [dir])), cases.map((c) => c[2]));
  });

  it('a 2021 draft previewed in the folder whose config says 2019 is read as 2019, as VS Code renders it', () => {
    const text = readFileSync(join(REPO, 'test', 'fixtures', 'shapes', 'clean-pipe.md'), 'utf8');
    const md = new MarkdownIt({ html: true }).use(officialLayoutPlugin, {
      template: (env) => previewTemplate('auto', (env as { currentDocument?: { fsPath: string } }).currentDocument?.fsPath, [dir]),
    });
    const tables = (document: string) => {
      const html = md.renderer.render(md.parse(text, {}), md.options, { currentDocument: { fsPath: join(dir, document) } });
      return [...html.matchAll(/data-nianbao-table="(\w+)"/g)].map((m) => m[1]);
    };
    // As the 2019 template, the draft's 表二 and 表三 are not that template's tables: only 表四 is laid out.
    assert.deepEqual(tables('old/report.md'), ['review']);
    assert.deepEqual(tables('plain/report.md'), ['active', 'requests', 'review']);
  });
});
