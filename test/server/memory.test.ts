// Memory after close (issue 11 §6): open → edit → close cycles over many documents leave the server's
// heap, after forced collections, within a few MB of where it started. The built server runs under
// node --expose-gc with the test hook NIANBAO_TEST_HEAP=1, whose request `nianbao/test/heapUsed`
// collects and answers the heap used and how many entries the server's maps, sets and queues hold.
//
// What this caught: a closed document's lint still waiting for a worker stayed queued (its text, its
// options) and was linted later for nothing, and every document ever opened kept a generation entry.
// With every document closed the lint workers end (each is a V8 heap of its own, ~40 MB of RSS).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seed, startServer, type TestClient } from './lspHarness.js';

interface HeapReport {
  heapUsed: number;
  rss: number;
  workerHeaps: number[];
  entries: Record<string, number>;
}

const DOCUMENTS = 60;
const CYCLES = 4;
const MB = 1024 * 1024;
/** How far the heap may end above its level after the first (warm-up) cycle. */
const ALLOWED_MB = 3;

/** Reports of about 100 KB: three seeds with a long paragraph in section 六. */
function texts(): string[] {
  return ['lijun-2025.md', 'jiatang-2024.txt', 'lijun-2020.txt'].map((name) => {
    const text = seed(name);
    const filler = '本机关将继续做好政府信息公开工作，不断提高公开质量。'.repeat(Math.ceil((100_000 - text.length) / 26));
    return `${text}\n\n${filler}\n`;
  });
}

describe('memory after open → edit → close cycles', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer({ nodeArgs: ['--expose-gc'], env: { NIANBAO_TEST_HEAP: '1' }, settings: { debounceMs: 0 } });
  });
  after(async () => {
    await client.stop();
  });

  const heap = () => client.connection.sendRequest('nianbao/test/heapUsed') as Promise<HeapReport>;

  /** Opens DOCUMENTS documents, sends three edits to each in a burst (as a bulk replace does), closes them all at once. */
  async function cycle(n: number, bodies: string[]): Promise<void> {
    const uris = Array.from({ length: DOCUMENTS }, (_, i) => `file:///virtual/memory/cycle${n}/report${i}.md`);
    for (const [i, uri] of uris.entries()) await client.open(uri, bodies[i % 3]!, 'markdown', 1);
    // Linting works again after the workers of the last cycle ended: the first document's lint is published (with its version).
    await client.waitForDiagnostics(uris[0]!, (p) => p.version === 1, 60_000);
    for (let version = 2; version <= 4; version++) {
      for (const [i, uri] of uris.entries()) await client.replace(uri, bodies[i % 3]!.replace('一、', `一、（第 ${version} 稿）`), version);
    }
    for (const uri of uris) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    client.history.clear();
    client.diagnostics.clear();
    client.notifications.length = 0;
    client.logs.length = 0;
  }

  /** Waits until no lint is running or waiting (the workers have nothing left of the closed documents): the server answers then. */
  async function settled(): Promise<HeapReport> {
    await client.connection.sendRequest('nianbao/test/settled');
    const report = await heap();
    assert.deepEqual([report.entries['live.running'], report.entries['runner.queue'], report.entries['runner.slots']], [0, 0, 0], 'settled: nothing running, waiting or kept');
    return report;
  }

  it(`${CYCLES} cycles of ${DOCUMENTS} documents of 100 KB end within ${ALLOWED_MB} MB of the first`, { timeout: 240_000 }, async () => {
    const bodies = texts();
    for (const body of bodies) assert.ok(body.length > 95_000 && body.length < 110_000, String(body.length));
    const start = await heap();
    await cycle(0, bodies);
    const base = await settled();
    const figures = [`start ${(start.heapUsed / MB).toFixed(1)} MB`, `after the warm-up cycle ${(base.heapUsed / MB).toFixed(1)} MB`];
    for (let n = 1; n < CYCLES; n++) {
      await cycle(n, bodies);
      // Right after the last close, before the workers could drain anything.
      const closed = await heap();
      figures.push(`cycle ${n}: ${(closed.heapUsed / MB).toFixed(1)} MB right after closing (queue ${closed.entries['runner.queue']})`);
      assert.equal(closed.entries['runner.queue'], 0, 'no lint of a closed document is waiting');
      assert.equal(closed.entries['live.generation'], 0, 'no generation entry is kept for a closed document');
      for (const name of ['live.linted', 'live.recent', 'live.timers', 'log.last', 'index.entries', 'index.open', 'index.years', 'workspace.open', 'workspace.published']) {
        assert.equal(closed.entries[name], 0, name);
      }
      assert.ok((closed.entries['live.running'] ?? 0) <= 2, 'at most the lints the two workers are running');
      assert.ok(closed.heapUsed - base.heapUsed < ALLOWED_MB * MB, figures.join('; '));
      const after = await settled();
      figures.push(`settled ${(after.heapUsed / MB).toFixed(1)} MB (RSS ${(after.rss / MB).toFixed(0)} MB, ${after.entries['runner.slots']} workers)`);
      assert.equal(after.entries['runner.slots'], 0, 'no document is open: the lint workers have ended');
      assert.ok(after.heapUsed - base.heapUsed < ALLOWED_MB * MB, figures.join('; '));
    }
    console.log(`ℹ heap used after forced GC: ${figures.join('; ')}`);
  });
});
