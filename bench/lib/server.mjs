// The language server over real LSP stdio: edit latency (didChange → publishDiagnostics), memory
// with many open reports, and start-up to first diagnostics. The server lints on type after a
// debounce (nianbao.debounceMs, 200 ms by default); the benchmark sets it to 0 through both
// workspace/configuration and initializationOptions, so what is measured is the server's own work:
// applying the change, linting, converting and sending the diagnostics.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient.mjs';
import { median, msSince, percentile, round } from './stats.mjs';

const SETTINGS = { debounceMs: 0, run: 'onType', maxFileSizeMB: 8 };

async function startClient(serverPath, root, env = {}) {
  mkdirSync(root, { recursive: true });
  const client = new LspClient(serverPath, { settings: { nianbao: SETTINGS }, cwd: root, env });
  await client.initialize(root, { locale: 'zh-cn', settings: SETTINGS });
  return client;
}

/** Position (line, character) of an offset, in UTF-16 code units as LSP counts them. */
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * Single-character edits in turn: type a character into the overview's prose, delete it again,
 * and change a digit of a table cell (which changes the sums). Returns ms per edit.
 */
async function editLatencies(client, uri, text, edits, warmup) {
  const proseAt = text.indexOf('。', text.indexOf('总体情况')) + 1 || Math.floor(text.length / 3);
  const cellMatch = /\t(\d)(?=\t|\n)/.exec(text.slice(text.indexOf('本年新收'))) ?? /\|\s*(\d)\s*\|/.exec(text);
  const cellAt = cellMatch ? text.indexOf('本年新收') + cellMatch.index + cellMatch[0].indexOf(cellMatch[1]) : -1;
  let current = text;
  let version = 1;
  const samples = [];
  for (let i = 0; i < warmup + edits; i++) {
    const kind = cellAt >= 0 ? i % 3 : i % 2;
    let change;
    if (kind === 0) {
      const pos = positionAt(current, proseAt);
      change = { range: { start: pos, end: pos }, text: '字' };
      current = current.slice(0, proseAt) + '字' + current.slice(proseAt);
    } else if (kind === 1) {
      const start = positionAt(current, proseAt);
      change = { range: { start, end: { line: start.line, character: start.character + 1 } }, text: '' };
      current = current.slice(0, proseAt) + current.slice(proseAt + 1);
    } else {
      const digit = current[cellAt] === '7' ? '3' : '7';
      const start = positionAt(current, cellAt);
      change = { range: { start, end: { line: start.line, character: start.character + 1 } }, text: digit };
      current = current.slice(0, cellAt) + digit + current.slice(cellAt + 1);
    }
    version++;
    const wait = client.waitForDiagnostics(uri, version);
    const started = process.hrtime.bigint();
    client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [client.incremental ? change : { text: current }],
    });
    await wait;
    if (i >= warmup) samples.push(msSince(started));
  }
  return samples;
}

export async function measureLatency(serverPath, texts, { edits = 250, workDir, env = {} }) {
  const root = join(workDir, 'latency');
  const client = await startClient(serverPath, root, env);
  const sizes = [];
  try {
    for (const [i, text] of texts.entries()) {
      const uri = pathToFileURL(join(root, `report-${i}.md`)).href;
      const opened = client.waitForDiagnostics(uri, 1);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await opened;
      const samples = await editLatencies(client, uri, text, edits, Math.min(20, edits));
      const bytes = Buffer.byteLength(text);
      sizes.push({
        label: bytes > 512 * 1024 ? '1MB' : '15KB',
        bytes,
        lines: text.split('\n').length,
        edits: samples.length,
        p50Ms: round(percentile(samples, 50), 2),
        p95Ms: round(percentile(samples, 95), 2),
        maxMs: round(Math.max(...samples), 2),
      });
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  } finally {
    await client.shutdown();
  }
  return {
    measured: 'didChange sent → publishDiagnostics received for that version, one edit at a time',
    debounceMs: SETTINGS.debounceMs,
    sync: client.incremental ? 'incremental' : 'full',
    sizes,
  };
}

/** Opens `documents` reports (cycling through the corpus) and reads the server's RSS. */
export async function measureServerMemory(serverPath, corpus, { documents = 1000, workDir }) {
  const root = join(workDir, 'memory');
  const client = await startClient(serverPath, root);
  try {
    const idle = client.procStatus('VmRSS');
    const waits = [];
    let bytes = 0;
    for (let i = 0; i < documents; i++) {
      const c = corpus[i % corpus.length];
      // Each document differs (its own organisation line) so nothing is shared by accident.
      const text = `<!-- ${i} -->\n${c.text}`;
      bytes += Buffer.byteLength(text);
      const uri = pathToFileURL(join(root, `d${Math.floor(i / 100)}`, `report-${i}.md`)).href;
      waits.push(client.waitForDiagnostics(uri, 1, 300000));
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      if (i % 50 === 49) await Promise.all(waits.slice(-50)); // do not flood the pipe
    }
    await Promise.all(waits);
    await new Promise((r) => setTimeout(r, 1000));
    const rss = client.procStatus('VmRSS');
    return {
      documents,
      textMB: round(bytes / 2 ** 20, 1),
      idleRssMB: round(idle, 1),
      rssMB: round(rss, 1),
      peakRssMB: round(client.procStatus('VmHWM'), 1),
      kbPerDocument: round(((rss - idle) * 1024) / documents, 1),
    };
  } finally {
    await client.shutdown();
  }
}

/** Spawn → initialize → didOpen → first publishDiagnostics, median of `runs` fresh servers. */
export async function measureStart(serverPath, text, { runs = 5, workDir }) {
  const root = join(workDir, 'start');
  const samples = [];
  const initSamples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const client = await startClient(serverPath, root);
    initSamples.push(msSince(started));
    const uri = pathToFileURL(join(root, `report-${i}.md`)).href;
    const first = client.waitForDiagnostics(uri, 1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await first;
    samples.push(msSince(started));
    await client.shutdown();
  }
  return {
    measured: 'process spawn → initialize answered → didOpen of a 15 KB report → its first publishDiagnostics',
    runs,
    initializeMs: round(median(initSamples), 1),
    firstDiagnosticsMs: round(median(samples), 1),
  };
}
