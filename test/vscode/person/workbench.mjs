// Driving code-server's workbench as a person would, with playwright-core: keys, the Command
// Palette, the Explorer, editor lines and the Problems panel. Every wait is on a selector or a
// condition with a bounded timeout, never a fixed sleep.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WAIT = 60_000;

/** Text as the editor shows it (its spaces are non-breaking in the DOM). */
export function shown(text) {
  return (text ?? '').replace(/\u00a0/g, ' ');
}

/** Waits until the workbench is up and the Explorer lists the workspace. */
export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: WAIT });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: WAIT });
}

/** Opens a file by clicking it in the Explorer (its folders are expanded first); waits for its tab. */
export async function openFromExplorer(page, relativePath) {
  const parts = relativePath.split('/');
  for (const [i, part] of parts.entries()) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${part}"]`).first();
    await row.waitFor({ timeout: WAIT });
    if (i < parts.length - 1 && (await row.getAttribute('aria-expanded')) === 'true') continue;
    await row.click();
  }
  await page.locator(`.tabs-container .tab.active[aria-label^="${parts.at(-1)}"]`).waitFor({ timeout: WAIT });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: WAIT });
}

/** Runs a command from the Command Palette (F1) by typing its title and choosing the matching entry (optionally screenshotting the list first). */
export async function runCommand(page, title, screenshot) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: WAIT });
  await input.fill(`>${title}`);
  const entry = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  await entry.waitFor({ timeout: WAIT });
  if (screenshot) await page.screenshot({ path: screenshot });
  await entry.click();
}

/** Puts the cursor on a line/column (1-based) with Go to Line (Ctrl+G, "line:column"). */
export async function goTo(page, line, column) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: WAIT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: WAIT });
}

/** The text of the editor line that contains `marker`, once one does (waits for it). */
export async function lineWith(page, marker) {
  const line = page.locator('.editor-instance .monaco-editor .view-line').filter({ hasText: marker }).first();
  await line.waitFor({ timeout: WAIT });
  return shown(await line.textContent());
}

/** Waits until the editor line that contains `marker` reads `expected` (an edit lands asynchronously). */
export async function waitForLine(page, marker, expected) {
  await page.waitForFunction(
    ([m, e]) => [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')]
      .some((el) => (el.textContent ?? '').includes(m) && (el.textContent ?? '').replace(/\u00a0/g, ' ') === e),
    [marker, expected],
    { timeout: WAIT, polling: 100 },
  );
}

/** Waits until `fn` (run in the page) returns true. */
export async function waitUntil(page, fn, arg) {
  await page.waitForFunction(fn, arg, { timeout: WAIT, polling: 100 });
}

/**
 * Makes code-server start with Chinese as its display language (`--locale zh-cn`) without a
 * language pack from the marketplace: a languagepacks.json naming an empty translation file, so
 * VS Code's own UI falls back to English while vscode.env.language is zh-cn and extensions use
 * their Chinese strings (package.nls.zh-cn.json, l10n/bundle.l10n.zh-cn.json). Returns the extra
 * code-server arguments.
 */
export function chineseDisplayLanguage(userDataDir) {
  mkdirSync(userDataDir, { recursive: true });
  const translations = join(userDataDir, 'empty.zh-cn.i18n.json');
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({
    'zh-cn': {
      hash: 'nianbao-test-zh-cn',
      label: '中文(简体)',
      extensions: [{ extensionIdentifier: { id: 'nianbao-test.zh-cn' }, version: '0.0.1' }],
      translations: { vscode: translations },
    },
  }));
  return ['--locale', 'zh-cn'];
}

/**
 * Rests the mouse on `target` until `hover` (a locator) shows, as a person would: if no hover
 * comes within a few seconds, the mouse goes off the target and back at another point of it, and
 * after two such tries the hover is asked for from the keyboard at the cursor (Ctrl+K Ctrl+I).
 * On failure the error lists the hovers the page has, to tell what came instead.
 */
export async function hoverUntilShown(page, target, hover, { timeout = WAIT, keyboardFallback = true } = {}) {
  const deadline = Date.now() + timeout;
  const points = [0.5, 0.3, 0.7];
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    const box = await target.boundingBox();
    if (box) {
      await page.mouse.move(Math.max(0, box.x - 200), Math.max(0, box.y - 120)); // off it first
      if (keyboardFallback && attempt >= points.length - 1 && attempt % 2 === 0) {
        await page.keyboard.press('Control+k');
        await page.keyboard.press('Control+i');
      } else {
        const f = points[attempt % points.length];
        await page.mouse.move(box.x + box.width * f, box.y + box.height / 2, { steps: 4 });
      }
    }
    try {
      await hover.waitFor({ timeout: Math.max(1, Math.min(5_000, deadline - Date.now())) });
      return attempt;
    } catch {
      // try again below, until the deadline
    }
  }
  const seen = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')]
    .map((el) => `${el.checkVisibility?.() ? 'visible' : 'hidden'}: ${(el.textContent ?? '').slice(0, 120)}`));
  throw new Error(`no such hover after ${timeout} ms; hovers on the page: ${seen.length ? seen.join(' | ') : 'none'}`);
}
