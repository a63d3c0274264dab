// Makes the Word fixtures of test/fixtures/word/ once, with LibreOffice (Debian's libreoffice-writer):
// each listed real report (../shared/fixtures/real/) is rendered to HTML by markdown-it (its HTML tables
// kept as they are, rowspan/colspan included), opened by LibreOffice Writer and saved as .docx, so the
// .docx holds real Word tables with merged cells and Word paragraphs and headings. One report is also
// saved as an old Word .doc. The output is committed; the tests
// do not need LibreOffice. Usage: node scripts/make-word-fixtures.mjs [realFolder]

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const real = process.argv[2] ?? join(root, '..', 'shared', 'fixtures', 'real');
const out = join(root, 'test', 'fixtures', 'word');
export const WORD_SOURCES = ['jingfa-2022.md', 'guozi-2023.md', 'nongye-2024.md', 'guanweihui-2019.md', 'caizheng-2025.md'];

const md = new MarkdownIt({ html: true });
const work = mkdtempSync(join(tmpdir(), 'nianbao-word-'));
mkdirSync(out, { recursive: true });

function soffice(args) {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, ...args], { cwd: work, stdio: 'pipe' });
}

for (const name of WORD_SOURCES) {
  const stem = basename(name, '.md');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${stem}</title></head><body>\n${md.render(readFileSync(join(real, name), 'utf8'))}</body></html>\n`;
  writeFileSync(join(work, `${stem}.html`), html);
  soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(work, `${stem}.html`)]);
  copyFileSync(join(work, `${stem}.docx`), join(out, `${stem}.docx`));
  console.log(`${name} -> test/fixtures/word/${stem}.docx`);
}
// A Word file that is not a report (meeting notes with a table): a folder lint leaves it out.
writeFileSync(join(work, 'not-a-report.html'), '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>会议纪要</h1><p>本次会议讨论了明年的工作安排。</p><table border="1"><tr><td>事项</td><td>负责人</td></tr><tr><td>采购</td><td>张三</td></tr></table></body></html>\n');
soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(work, 'not-a-report.html')]);
copyFileSync(join(work, 'not-a-report.docx'), join(out, 'not-a-report.docx'));
console.log('-> test/fixtures/word/not-a-report.docx');
// An old-format Word file (.doc, "MS Word 97"), made from the first report's .docx.
const first = basename(WORD_SOURCES[0], '.md');
soffice(['--convert-to', 'doc:MS Word 97', '--outdir', join(work, 'doc'), join(out, `${first}.docx`)]);
copyFileSync(join(work, 'doc', `${first}.doc`), join(out, `${first}.doc`));
console.log(`-> test/fixtures/word/${first}.doc`);
// encrypted.docx (open password "nianbao") is not made here: LibreOffice 7.4's command line and UNO did
// not write an encrypted .docx on this machine. It was made once from jingfa-2022.docx with the npm
// package officecrypto-tool 0.0.19 (ECMA-376 agile encryption, installed in a scratch folder, not a
// dependency): encrypt(bytes, { password: 'nianbao' }); Debian's msoffcrypto-tool 5.0 decrypts it back
// to the same bytes (`msoffcrypto-tool -p nianbao encrypted.docx out.docx`).
