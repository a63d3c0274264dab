#!/usr/bin/env node
// Proves that an optimisation changed nothing a user can see: lints thousands of documents with two
// builds of the core and compares the findings (with their fixes), the whole report model and the
// text `fixAll` produces, under both templates. Run before and after a speed change:
//
//   node bench/compareCores.mjs --save /tmp/base.mjs      # bundle the core as it is now (before)
//   …change core/src…
//   node bench/compareCores.mjs --base /tmp/base.mjs [--random 4000] [--seed 7] [--renamed old=new,…] [--renamed-messages old=new,…]
//
// --renamed maps the keys a rename changed (model fields, message arguments) in what the base core
// gives, so a pure rename compares equal; any other difference, or a key left unmapped, still counts.
// --renamed-messages does the same for renamed message ids (the values of `messageId`).
//
// Exits 1 and prints the first differences when any document reads or lints differently.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as esbuild from 'esbuild';
import { buildCorpus } from './corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { random: 3000, seed: 20261201 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--save') args.save = argv[++i];
    else if (argv[i] === '--base') args.base = argv[++i];
    else if (argv[i] === '--random') args.random = Number(argv[++i]);
    else if (argv[i] === '--seed') args.seed = Number(argv[++i]);
    else if (argv[i] === '--renamed') args.renamed = new Map(argv[++i].split(',').map((pair) => pair.split('=')));
    else if (argv[i] === '--renamed-messages') args.renamedMessages = new Map(argv[++i].split(',').map((pair) => pair.split('=')));
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!args.save && !args.base) throw new Error('usage: compareCores.mjs --save <file.mjs> | --base <file.mjs>');
  return args;
}

async function bundle(entry, outfile) {
  await esbuild.build({
    absWorkingDir: ROOT, entryPoints: [entry], outfile, bundle: true,
    platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

/** Every .md/.txt report kept in the repository's fixtures and examples. */
function fixtureTexts() {
  const out = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|txt)$/i.test(e.name)) out.push(readFileSync(p, 'utf8'));
    }
  };
  for (const d of ['test/fixtures', 'test/server/fixtures', 'test/reliability/found', 'examples', '../shared/fixtures']) walk(join(ROOT, d));
  return out;
}

/** The documents: fixtures, the benchmark corpus, CRLF copies, and random drafts and mutations. */
async function documents(core, args, workDir) {
  const fuzz = await bundle('test/reliability/fuzzInputs.ts', join(workDir, 'fuzz.mjs'));
  const fc = (await import('fast-check')).default;
  const base = [...fixtureTexts(), ...buildCorpus({ templates: core.templates, seedDir: join(ROOT, 'test/fixtures/seeds'), perShape: 8 }).map((c) => c.text)];
  const docs = [...base, ...base.map((t) => t.replace(/\n/g, '\r\n'))];
  const seeds = fuzz.seedTexts();
  const kinds = [
    fuzz.generatedReport,
    fuzz.mutatedReport(seeds).map(fuzz.mutatedText),
    fuzz.wrongSumReport(seeds).map(fuzz.mutatedText),
    fuzz.domainText(400),
  ];
  const per = Math.ceil(args.random / kinds.length);
  kinds.forEach((arb, i) => docs.push(...fc.sample(arb, { numRuns: per, seed: args.seed + i })));
  return docs;
}

/** `value` with every object key that `renamed` maps renamed (arrays and plain objects; other values as they are). */
function withKeysRenamed(value, renamed) {
  if (Array.isArray(value)) return value.map((v) => withKeysRenamed(v, renamed));
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [renamed.get(k) ?? k, withKeysRenamed(v, renamed)]));
}

/** `value` with every messageId that `renamed` maps renamed (a message id renamed in the bundles and the rules). */
function withMessagesRenamed(value, renamed) {
  if (Array.isArray(value)) return value.map((v) => withMessagesRenamed(v, renamed));
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'messageId' && renamed.has(v) ? renamed.get(v) : withMessagesRenamed(v, renamed)]));
}

/** What a user can see of one lint: findings with fixes, the model (less the text), the template. */
function observe(core, text, template) {
  const r = core.lint(text, { template });
  const { text: _t, ...model } = r.report;
  return { findings: r.findings, model, templateId: r.templateId };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.save) {
    await bundle('core/src/index.ts', args.save);
    console.log(`saved the current core as ${args.save}`);
    return;
  }
  // Inside the project: fuzzInputs finds the project root by walking up from where it is loaded.
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const workDir = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'nianbao-compare-'));
  process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
  const before = await import(pathToFileURL(args.base).href);
  const after = await bundle('core/src/index.ts', join(workDir, 'core.mjs'));
  const docs = await documents(after, args, workDir);
  let differ = 0;
  let compared = 0;
  const started = Date.now();
  for (const [i, text] of docs.entries()) {
    if (i % 500 === 0) process.stderr.write(`compareCores: ${i}/${docs.length} documents, ${Math.round((Date.now() - started) / 1000)} s\n`);
    for (const template of ['auto', '2019', '2021']) {
      if (template !== 'auto' && i % 3 !== 0) continue; // forced templates on a third of them
      compared++;
      let a = args.renamed ? withKeysRenamed(observe(before, text, template), args.renamed) : observe(before, text, template);
      if (args.renamedMessages) a = withMessagesRenamed(a, args.renamedMessages);
      const b = observe(after, text, template);
      let same = isDeepStrictEqual(a, b);
      if (same && i % 4 === 0) {
        const fixedBefore = before.fixAll(text, { template });
        same = isDeepStrictEqual(args.renamedMessages ? withMessagesRenamed(fixedBefore, args.renamedMessages) : fixedBefore, after.fixAll(text, { template }));
      }
      if (!same) {
        differ++;
        if (differ <= 3) {
          console.log(`DIFFERENT: document ${i} (template ${template}), first 300 characters:\n${JSON.stringify(text.slice(0, 300))}`);
          const fa = JSON.stringify(a.findings.map((f) => [f.ruleId, f.span.start, f.args]));
          const fb = JSON.stringify(b.findings.map((f) => [f.ruleId, f.span.start, f.args]));
          if (fa !== fb) console.log(`  before: ${fa.slice(0, 600)}\n  after:  ${fb.slice(0, 600)}`);
          else console.log('  the findings agree; the model or fixes differ');
        }
      }
    }
  }
  console.log(`${compared} lints of ${docs.length} documents compared: ${differ} different`);
  process.exit(differ > 0 ? 1 : 0);
}

await main();
