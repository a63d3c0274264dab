// Captures what a real browser puts on the clipboard as text/html when a reader copies a report's
// table from a web page, for test/fixtures/paste/ (made once, committed; the tests need no browser).
// A real report (../shared/fixtures/real/) is rendered to an HTML page by markdown-it (its HTML
// tables, rowspan/colspan included, kept as written), shown by Chromium (Debian's /usr/bin/chromium)
// with a window on an Xvfb display; the selection is made with the DOM Selection API and copied with
// a real Ctrl+C key press; then `xclip -o -selection clipboard -t text/html` reads the X clipboard
// while Chromium still owns it. Needs Xvfb, xclip and chromium (apt: xvfb xclip chromium).
// Usage: node scripts/capture-browser-clipboard.mjs [realFolder]

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const real = process.argv[2] ?? join(root, '..', 'shared', 'fixtures', 'real');
const out = join(root, 'test', 'fixtures', 'paste');
const SOURCE = 'jingfa-2022.md';
const DISPLAY = ':97';

// What is copied: a section from its heading through its last table (二, 三), and 表四 alone.
const SAMPLES = [
  { name: 'chromium-section2', heading: '二、', withHeading: true },
  { name: 'chromium-section3', heading: '三、', withHeading: true },
  { name: 'chromium-table4', heading: '四、', withHeading: false },
];

const work = mkdtempSync(join(tmpdir(), 'nianbao-clipboard-'));
const page = join(work, 'report.html');
const md = new MarkdownIt({ html: true });
writeFileSync(page, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${SOURCE}</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #000;padding:4px;text-align:center}</style>
</head><body>\n${md.render(readFileSync(join(real, SOURCE), 'utf8'))}</body></html>\n`);

const xvfb = spawn('Xvfb', [DISPLAY, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
let browser;
try {
  await new Promise((resolve) => setTimeout(resolve, 1000)); // Xvfb has no readiness signal; the browser launch retries nothing.
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: false, env: { ...process.env, DISPLAY }, args: ['--no-sandbox', '--disable-gpu'] });
  const tab = await browser.newPage();
  await tab.goto(`file://${page}`);
  const version = browser.version();
  for (const sample of SAMPLES) {
    await tab.evaluate(({ heading, withHeading }) => {
      const h = [...document.querySelectorAll('h2')].find((e) => e.textContent.startsWith(heading));
      // The section's tables: up to the next heading of its level.
      const tables = [];
      for (let e = h.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) if (e.tagName === 'TABLE') tables.push(e);
      const range = document.createRange();
      range.setStartBefore(withHeading ? h : tables[0]);
      range.setEndAfter(tables.at(-1));
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }, sample);
    await tab.keyboard.press('Control+C');
    const targets = execFileSync('xclip', ['-o', '-selection', 'clipboard', '-t', 'TARGETS'], { env: { ...process.env, DISPLAY } }).toString();
    const html = execFileSync('xclip', ['-o', '-selection', 'clipboard', '-t', 'text/html'], { env: { ...process.env, DISPLAY } });
    writeFileSync(join(out, `${sample.name}.html`), html);
    console.log(`${sample.name}.html: ${html.length} bytes from Chromium ${version}; clipboard targets: ${targets.trim().split('\n').join(', ')}`);
  }
} finally {
  await browser?.close();
  xvfb.kill();
  rmSync(work, { recursive: true, force: true });
}
