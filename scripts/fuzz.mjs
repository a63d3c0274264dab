// The long fuzz run of the core: the properties the reliability tests check with a small budget
// (lint never throws, no rule crashes, every span inside the document, LineIndex round-trips, bounded
// time on ≤ 100 KB, fix safety and fix-all convergence) on many more inputs, in worker threads that a
// watchdog restarts when one hangs. A failure is shrunk and saved under test/reliability/found/,
// where the tests replay it from then on.
//
// Usage: npm run fuzz -- [--runs N] [--minutes M] [--seed S] [--workers W] [--max-fixes K] [--hang-seconds H]
// (npm run fuzz compiles first; run directly, it needs `npx tsc -p tsconfig.json` to have built out/.)

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'out/test/reliability');
const BOUNDED_SIZE = 100_000;
const LINT_BOUND_MS = 2_000;

function parseArgs(argv) {
  const opts = { runs: 20_000, minutes: Infinity, seed: Date.now() % 2 ** 31, workers: 1, maxFixes: 3, hangSeconds: 60, batch: 500 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!(key in opts)) throw new Error(`unknown option ${argv[i]} (known: --runs, --minutes, --seed, --workers, --max-fixes, --hang-seconds, --batch)`);
    const value = Number(argv[++i]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${argv[i - 1]} needs a number`);
    opts[key] = value;
  }
  return opts;
}

// ------------------------------------------------------------------------------------------------
// Worker: runs fast-check batches and reports every case before it runs (so a hang can be saved).

async function workerMain() {
  const fc = (await import('fast-check')).default;
  const inputs = await import(pathToFileURL(join(compiled, 'fuzzInputs.js')).href);
  const { checkLint, checkFixSafety } = await import(pathToFileURL(join(compiled, 'invariants.js')).href);
  const { runs, seed, deadline, maxFixes, batch } = workerData;
  const seeds = inputs.seedTexts();
  const big = { longLine: 50_000, wideRow: 10_000 };
  const tagged = (kind, arb) => arb.map((text) => ({ kind, text }));
  const arbitrary = fc.oneof(
    { weight: 1, arbitrary: tagged('string', inputs.anyString(3000)) },
    { weight: 1, arbitrary: tagged('unicode', inputs.anyUnicode(2000)) },
    { weight: 2, arbitrary: tagged('domain', inputs.domainText(1500)) },
    { weight: 2, arbitrary: tagged('generated', inputs.generatedReport) },
    { weight: 4, arbitrary: tagged('mutated', inputs.mutatedReport(seeds, 10, big).map(inputs.mutatedText)) },
    { weight: 2, arbitrary: tagged('wrong-sum', inputs.wrongSumReport(seeds).map(inputs.mutatedText)) },
  );
  const template = fc.constantFrom('auto', 'auto', 'auto', '2021', '2019');
  const stats = { tried: 0, fixDocs: 0, singleFixes: 0, safeFixes: 0, fixAllApplied: 0, maxPasses: 0, maxMs: 0, maxMsSize: 0, byKind: {} };
  // After the first failure of a batch, fast-check only shrinks: those runs are not counted as inputs.
  let shrinking = false;
  const body = ({ kind, text }, tpl) => {
    parentPort.postMessage({ type: 'case', kind, text, template: tpl });
    if (!shrinking) {
      stats.tried++;
      stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
    }
    const { ms } = checkLint(text, { template: tpl });
    if (text.length <= BOUNDED_SIZE) {
      if (!shrinking && ms > stats.maxMs) [stats.maxMs, stats.maxMsSize] = [ms, text.length];
      if (ms > LINT_BOUND_MS) throw new Error(`slow: linting ${text.length} characters took ${ms.toFixed(0)} ms`);
      if (kind === 'generated' || kind === 'mutated' || kind === 'wrong-sum') {
        const f = checkFixSafety(text, { template: tpl }, maxFixes);
        if (!shrinking) {
          stats.fixDocs++;
          stats.singleFixes += f.fixes;
          stats.safeFixes += f.safeFixes;
          stats.fixAllApplied += f.applied;
          stats.maxPasses = Math.max(stats.maxPasses, f.passes);
        }
      }
    }
  };
  for (let b = 0; stats.tried < runs && Date.now() < deadline; b++) {
    const batchSeed = (seed + b) % 2 ** 31;
    shrinking = false;
    const property = fc.property(arbitrary, template, (input, tpl) => {
      try {
        body(input, tpl);
      } catch (e) {
        shrinking = true;
        throw e;
      }
    });
    const result = fc.check(property, {
      seed: batchSeed, numRuns: Math.min(batch, runs - stats.tried),
      interruptAfterTimeLimit: Math.max(1, deadline - Date.now()), markInterruptAsFailure: false,
    });
    if (result.failed) {
      const [input, tpl] = result.counterexample ?? [{ kind: 'unknown', text: '' }, 'auto'];
      const message = String(result.errorInstance?.message ?? result.error).split('\n')[0];
      const fails = (text) => {
        try {
          body({ kind: input.kind, text }, tpl);
          return false;
        } catch (e) {
          return signature(String(e?.message ?? e)) === signature(message);
        }
      };
      // fast-check shrinks the mutations; cutting lines and characters brings the text itself down.
      const text = message.startsWith('slow:') ? input.text : minimize(input.text, fails);
      parentPort.postMessage({
        type: 'failure', kind: input.kind, text, template: tpl, seed: batchSeed, path: result.counterexamplePath,
        message, shrinks: result.numShrinks, shrunkFrom: input.text.length,
      });
    }
    parentPort.postMessage({ type: 'stats', stats });
  }
  parentPort.postMessage({ type: 'done', stats });
}

/** A failure message without its numbers, to tell whether a smaller input fails the same way. */
function signature(message) {
  return message.replace(/\d+/g, '#').slice(0, 80);
}

/** Delta debugging: drops chunks of lines, then of characters, while the input still fails the same way. */
function minimize(text, fails, budget = 1500) {
  let current = text;
  let tries = 0;
  for (const unit of ['line', 'char']) {
    if (unit === 'char' && current.length > 5000) break;
    let pieces = unit === 'line' ? current.match(/(?<![^\r\n])[^\r\n]*(?:\r\n|\r|\n)|(?<![^\r\n])[^\r\n]+$/g) ?? [] : current.split('');
    let chunk = Math.ceil(pieces.length / 2);
    while (chunk >= 1 && tries < budget) {
      let changed = false;
      for (let i = 0; i < pieces.length && tries < budget; ) {
        const candidate = [...pieces.slice(0, i), ...pieces.slice(i + chunk)];
        tries++;
        if (fails(candidate.join(''))) {
          pieces = candidate;
          changed = true;
        } else i += chunk;
      }
      if (!changed) chunk = Math.floor(chunk / 2);
    }
    current = pieces.join('');
  }
  return current;
}

// ------------------------------------------------------------------------------------------------
// Main: starts the workers, watches for hangs, saves failures, prints the figures.

function save(found, failure) {
  mkdirSync(found, { recursive: true });
  const hash = createHash('sha1').update(failure.text).digest('hex').slice(0, 10);
  const base = join(found, `${failure.kind}-${hash}`);
  const record = { ...failure, length: failure.text.length, foundAt: new Date().toISOString() };
  writeFileSync(`${base}.json`, JSON.stringify(record, null, 2) + '\n'); // exact, lone surrogates included
  writeFileSync(`${base}.txt`, failure.text); // for reading
  return relative(root, `${base}.json`);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(compiled, 'invariants.js'))) {
    console.error('out/test/reliability is not built: run `npx tsc -p tsconfig.json` (npm run fuzz does it)');
    process.exit(2);
  }
  const found = join(root, 'test/reliability/found');
  const started = Date.now();
  const deadline = Number.isFinite(opts.minutes) ? started + opts.minutes * 60_000 : Number.MAX_SAFE_INTEGER;
  const failures = [];
  const totals = new Map();
  let live = 0;
  console.log(`fuzzing the core: ${opts.runs} inputs${Number.isFinite(opts.minutes) ? ` or ${opts.minutes} min` : ''}, seed ${opts.seed}, ${opts.workers} worker(s)`);

  /** Starts worker `id` for `runs` inputs; `base` holds what its hung predecessors did. */
  const startWorker = (id, runs, seed, base) => {
    live++;
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { runs, seed, deadline, maxFixes: opts.maxFixes, batch: opts.batch } });
    let last = null;
    let lastAt = Date.now();
    let current = { tried: 0 };
    let over = false;
    const finish = () => {
      over = true;
      clearInterval(watchdog);
      totals.set(id, merge(base, current));
    };
    const watchdog = setInterval(() => {
      if (over || Date.now() - lastAt < opts.hangSeconds * 1000) return;
      finish();
      const failure = { kind: last?.kind ?? 'unknown', text: last?.text ?? '', template: last?.template, seed, message: `hang: no answer within ${opts.hangSeconds} s` };
      failures.push({ ...failure, file: save(found, failure) });
      console.log(`worker ${id}: HANG on a ${failure.kind} input of ${failure.text.length} characters, saved; restarting`);
      const left = runs - current.tried;
      worker.terminate().then(() => {
        live--;
        if (left > 0 && Date.now() < deadline) startWorker(id, left, (seed + 7919) % 2 ** 31, totals.get(id));
        else if (live === 0) report(opts, started, failures, sum([...totals.values()]));
      });
    }, 1000);
    worker.on('message', (m) => {
      lastAt = Date.now();
      if (m.type === 'case') last = m;
      else if (m.type === 'failure') {
        failures.push({ ...m, file: save(found, m) });
        console.log(`worker ${id}: FAILURE (${m.kind} input of ${m.shrunkFrom} characters, minimised to ${m.text.length}): ${m.message}`);
      } else if (m.type === 'stats' || m.type === 'done') {
        current = m.stats;
        totals.set(id, merge(base, current));
        const all = sum([...totals.values()]);
        const s = (Date.now() - started) / 1000;
        console.log(`${all.tried} inputs, ${all.fixDocs} fix-safety documents, ${failures.length} failures, ${s.toFixed(0)} s (${(all.tried / s).toFixed(0)}/s)`);
      }
    });
    worker.on('error', (e) => console.error(`worker ${id} crashed:`, e));
    worker.on('exit', () => {
      if (over) return;
      finish();
      if (--live === 0) report(opts, started, failures, sum([...totals.values()]));
    });
  };
  const share = Math.ceil(opts.runs / opts.workers);
  for (let w = 0; w < opts.workers; w++) startWorker(w, Math.min(share, opts.runs - w * share), (opts.seed + w * 100_003) % 2 ** 31, {});
}

function merge(base, stats) {
  const out = { ...stats, byKind: { ...stats.byKind } };
  for (const k of ['tried', 'fixDocs', 'singleFixes', 'safeFixes', 'fixAllApplied']) out[k] = (base[k] ?? 0) + (stats[k] ?? 0);
  for (const [k, v] of Object.entries(base.byKind ?? {})) out.byKind[k] = (out.byKind[k] ?? 0) + v;
  out.maxMs = Math.max(base.maxMs ?? 0, stats.maxMs ?? 0);
  out.maxMsSize = (base.maxMs ?? 0) > (stats.maxMs ?? 0) ? base.maxMsSize : stats.maxMsSize;
  out.maxPasses = Math.max(base.maxPasses ?? 0, stats.maxPasses ?? 0);
  return out;
}

function sum(list) {
  return list.reduce((acc, s) => merge(acc, s), { byKind: {}, maxMs: 0, maxPasses: 0 });
}

function report(opts, started, failures, all) {
  const seconds = (Date.now() - started) / 1000;
  console.log('');
  console.log(`inputs tried:        ${all.tried ?? 0} (${Object.entries(all.byKind ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`fix safety:          ${all.fixDocs ?? 0} documents, ${all.singleFixes ?? 0} single fixes applied and undone (${all.safeFixes ?? 0} safe ones re-linted), fix-all applied ${all.fixAllApplied ?? 0} fixes in at most ${all.maxPasses} passes`);
  console.log(`slowest ≤ 100 KB:    ${(all.maxMs ?? 0).toFixed(1)} ms (${all.maxMsSize ?? 0} characters)`);
  console.log(`failures:            ${failures.length}${failures.map((f) => `\n  ${f.file}: ${f.message}`).join('')}`);
  console.log(`time:                ${seconds.toFixed(0)} s, seed ${opts.seed}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (isMainThread) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  }
} else {
  workerMain().catch((e) => {
    parentPort.postMessage({ type: 'failure', kind: 'harness', text: '', message: `harness error: ${e?.stack ?? e}` });
  });
}
