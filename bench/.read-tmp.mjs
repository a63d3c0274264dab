import { pathToFileURL } from 'node:url';
import { buildCorpus } from './corpus.mjs';
const core = await import(pathToFileURL(process.argv[2]).href);
const docs = buildCorpus({ templates: core.templates, seedDir: 'test/fixtures/seeds', perShape: 8 }).map((d) => d.text);
for (let p = 0; p < Number(process.argv[3] ?? 200); p++) for (const t of docs) core.readReport(t, 'auto');
