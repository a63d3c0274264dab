// As a person would: the packaged extension (nianbao.vsix, from `npm run package`) installed in
// code-server, driven through Chromium with playwright-core. Open a draft from the Explorer, type a
// wrong total, see the squiggle and its message, fix it from the lightbulb (Ctrl+.), check the
// highlighting, run the workspace lint from the Command Palette and read the Problems panel, open the
// Markdown preview (Ctrl+K V) and see the official tables, paste 表三 copied in LibreOffice Writer (its
// real text/html, put on Chromium's clipboard) into a new file and get the standard Markdown table.
// The display language is Chinese (see chineseDisplayLanguage). Screenshots go to
// test-results/person/, or to docs/images/ (the README's) with NIANBAO_UPDATE_DOCS_IMAGES=1.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { installVsix, launchChromium, startCodeServer, workbenchUrl } from '../runInCodeServer.mjs';
import { chineseDisplayLanguage, goTo, hoverUntilShown, lineWith, openFromExplorer, runCommand, shown, waitForLine, waitForWorkbench, waitUntil } from './workbench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const vsix = join(root, 'nianbao.vsix');
const images = process.env.NIANBAO_UPDATE_DOCS_IMAGES === '1' ? join(root, 'docs', 'images') : join(root, 'test-results', 'person');
const ROW = '| （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |';
const fixture = (name) => readFileSync(join(root, 'test', 'vscode', 'workspace', name), 'utf8').split('\n');
/** 1-based number of the first line of a fixture that starts with `start`. */
const lineOf = (name, start) => fixture(name).findIndex((l) => l.startsWith(start)) + 1;
const ROW_LINE = lineOf('typing.md', ROW);
const PLAIN = 'plain/某局2025年政府信息公开工作年度报告.txt';
const UNOPENED = '某乡2025年政府信息公开工作年度报告.md';

let tmp;
let server;
let browser;
let page;

before(async () => {
  assert.ok(existsSync(vsix), 'nianbao.vsix exists (npm run package)');
  tmp = mkdtempSync(join(tmpdir(), 'nianbao-person-'));
  const workspace = join(tmp, 'workspace');
  cpSync(join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  const extensionsDir = join(tmp, 'extensions');
  await installVsix(vsix, extensionsDir);
  const userDataDir = join(tmp, 'user-data');
  server = await startCodeServer({
    extensionsDir,
    userDataDir,
    extraArgs: chineseDisplayLanguage(userDataDir),
    settings: { 'editor.minimap.enabled': false, 'editor.stickyScroll.enabled': false },
  });
  browser = await launchChromium(join(tmp, 'chromium'), server.env);
  page = browser.page;
  await page.goto(workbenchUrl(server, { workspaceFolder: workspace }), { waitUntil: 'domcontentloaded' });
  await waitForWorkbench(page);
  mkdirSync(images, { recursive: true });
});

/** A screenshot for the README (PNG) and, for the views the VSIX's own page shows, a small JPEG. */
async function snap(name, { vsix = false } = {}) {
  await page.screenshot({ path: join(images, `${name}.png`) });
  if (!vsix) return;
  mkdirSync(join(images, 'vsix'), { recursive: true });
  // Kept small: the VSIX must stay under 1 MB (the committed ones are 900 px wide re-encodes).
  await page.screenshot({ path: join(images, 'vsix', `${name}.jpg`), type: 'jpeg', quality: 40 });
}

/** A test that leaves a screenshot in test-results/person/ when it fails. */
function step(name, fn) {
  test(name, async () => {
    try {
      await fn();
    } catch (error) {
      const dir = join(root, 'test-results', 'person');
      mkdirSync(dir, { recursive: true });
      await page?.screenshot({ path: join(dir, `${name.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, '-')}.png`) }).catch(() => {});
      throw error;
    }
  });
}

after(async () => {
  await browser?.context.close().catch(() => {});
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

step('open a draft from the Explorer, type a wrong total: a red squiggle with the right total in its message', async () => {
  await openFromExplorer(page, 'typing.md');
  await goTo(page, ROW_LINE, ROW.length - 2); // just before the last total, 6
  assert.equal(await lineWith(page, '（一）予以公开'), ROW);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('9');
  assert.equal(await lineWith(page, '（一）予以公开'), ROW.replace('| 6 |', '| 9 |'));
  const squiggle = page.locator('.editor-instance .monaco-editor .squiggly-error').first();
  await squiggle.waitFor({ timeout: 60_000 });
  // The text layer above the squiggle takes the mouse, as for a person; the mouse rests on it.
  const hover = page.locator('.monaco-hover', { hasText: '应为 6' }).first();
  const tries = await hoverUntilShown(page, squiggle, hover);
  if (tries > 0) console.log(`the hover came after ${tries + 1} tries`);
  assert.match(shown(await hover.textContent()), /sum-row-total/);
  // The status-bar item: template and problem count (click opens Problems).
  await page.locator('.statusbar-item', { hasText: '年报 2021 格式 · 1 个问题' }).first().waitFor({ timeout: 60_000 });
  await snap('squiggle-and-message', { vsix: true });
  await page.keyboard.press('Escape');
  // The language status item (the {} beside "Markdown" in the status bar): template and count.
  await page.locator('#status\\.languageStatus').click();
  await page.locator('.hover-language-status', { hasText: '2021 格式 · 1 个问题' }).waitFor({ timeout: 60_000 });
  await page.keyboard.press('Escape');
});

step('Ctrl+. opens the lightbulb menu; choosing 改为 6 fixes the total and the squiggle goes', async () => {
  await page.keyboard.press('Escape');
  await goTo(page, ROW_LINE, ROW.length - 2);
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: '改为 6' }).first();
  await fix.waitFor({ timeout: 60_000 });
  await snap('quick-fix-menu', { vsix: true });
  if (!(await fix.getAttribute('class'))?.includes('focused')) await fix.hover({ force: true });
  await page.keyboard.press('Enter');
  await waitForLine(page, '（一）予以公开', ROW);
  assert.equal(await lineWith(page, '（一）予以公开'), ROW);
  await waitUntil(page, () => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-error').length === 0);
});

step('the injected grammar marks headings and row labels in Markdown and plain text (Inspect Editor Tokens and Scopes)', async () => {
  await goTo(page, lineOf('typing.md', '## 一、'), 4); // on 一
  await runCommand(page, 'Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget', { hasText: 'entity.name.type.section.number.nianbao' });
  await widget.waitFor({ timeout: 60_000 });
  assert.match(shown(await widget.textContent()), /markup\.heading\.markdown/);
  await page.keyboard.press('Escape');
  await goTo(page, ROW_LINE, 5); // on the row label
  await runCommand(page, 'Inspect Editor Tokens and Scopes');
  await page.locator('.token-inspect-widget', { hasText: 'row-label.nianbao' }).waitFor({ timeout: 60_000 });
  await page.keyboard.press('Escape');
  await openFromExplorer(page, PLAIN); // plain text: the grammar is injected there too
  await goTo(page, lineOf(PLAIN, '二、'), 1);
  await runCommand(page, 'Inspect Editor Tokens and Scopes');
  await page.locator('.token-inspect-widget', { hasText: 'entity.name.type.section.number.nianbao' }).waitFor({ timeout: 60_000 });
  await page.keyboard.press('Escape');
});

step('F1 → 年报：检查工作区中的全部报告 → Problems lists the unopened reports\' findings', async () => {
  await runCommand(page, '年报：检查工作区中的全部报告', join(images, 'command-palette.png'));
  // When the run ends, one line in the status bar sums it up and the Problems panel opens by itself.
  await page.locator('.statusbar-item', { hasText: '年报：已检查' }).first().waitFor({ timeout: 60_000 });
  // The list is virtual (only rows in view exist): filter it down to that one file.
  const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  await filter.waitFor({ timeout: 60_000 });
  await filter.fill('**/某乡*');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: UNOPENED }).first().waitFor({ timeout: 60_000 });
  await rows.filter({ hasText: '应为 6' }).first().waitFor({ timeout: 60_000 });
  const texts = (await rows.allTextContents()).map(shown);
  assert.ok(!texts.some((t) => t.includes('草稿.md')), 'the excluded draft is not listed');
  assert.ok(!texts.some((t) => t.includes('会议记录.md')), 'the meeting notes are not a report');
  await page.screenshot({ path: join(images, 'problems-panel.png') });
});

step('the 年报助手 activity-bar view: check all reports, every report with its counts and sums, ✓ for clean ones', async () => {
  await page.keyboard.press('Escape');
  await page.locator('.activitybar .action-item a[aria-label*="年报助手"]').first().click();
  // The palette's run above already filled the view; its ↻ runs the check again.
  const again = page.locator('.action-label[aria-label="重新检查全部报告"]').first();
  await again.waitFor({ timeout: 60_000 });
  await again.click();
  const rows = page.locator('.pane-body .monaco-list-row', { hasText: '勾稽关系' });
  await rows.first().waitFor({ timeout: 60_000 });
  await page.locator('.pane-body .monaco-list-row', { hasText: '✓' }).first().waitFor({ timeout: 60_000 });
  const texts = (await rows.allTextContents()).map(shown);
  assert.ok(texts.some((t) => t.includes('某乡2025年政府信息公开工作年度报告.md') && t.includes('勾稽关系不成立')), texts.join(' | '));
  assert.ok(!texts.some((t) => t.includes('会议记录.md')), 'the meeting notes are not a report');
  await snap('results-view', { vsix: true });
});

step('Ctrl+K V: the Markdown preview shows the report\'s tables in the official layout', async () => {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+e'); // back to the Explorer from the results view
  if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+j'); // Problems closed
  await openFromExplorer(page, 'clean.md');
  await goTo(page, lineOf('clean.md', '## 三、'), 1);
  await page.keyboard.press('Control+k');
  await page.keyboard.press('v');
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const requests = preview.locator('table.nianbao-official[data-nianbao-table="requests"]');
  await requests.waitFor({ timeout: 60_000 });
  assert.match(shown(await requests.locator('th').first().textContent()), /勾稽关系/);
  await page.keyboard.press('Control+b'); // the side bar hidden: the draft and its preview side by side
  await requests.scrollIntoViewIfNeeded();
  await snap('preview-official-layout');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+w'); // close the preview
});

step('paste 表三 copied in LibreOffice Writer into a new file: the standard Markdown table (粘贴为年度报告格式)', async () => {
  await page.keyboard.press('Escape');
  // A real capture of the text/html LibreOffice Writer put on the clipboard (test/fixtures/paste/README.md).
  const html = readFileSync(join(root, 'test', 'fixtures', 'paste', 'libreoffice-jingfa-2022-table3.html'), 'utf8');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(async (content) => {
    const item = new ClipboardItem({ 'text/html': new Blob([content], { type: 'text/html' }), 'text/plain': new Blob(['plain text of the copy'], { type: 'text/plain' }) });
    await navigator.clipboard.write([item]);
  }, html);
  await page.keyboard.press('Control+n');
  await page.locator('.tabs-container .tab.active[aria-label^="Untitled"], .tabs-container .tab.active[aria-label^="无标题"]').first().waitFor({ timeout: 60_000 });
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+v');
  // The standard rows with the report's values, not the plain text the copy also carries.
  await waitForLine(page, '（七）总计', '| （七）总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |');
  await waitForLine(page, '四、结转下年度继续办理', '| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  await page.keyboard.press('Control+Home');
  await waitForLine(page, '申请人情况', '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |');
  await waitForLine(page, '本年新收', '| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+w');
});
