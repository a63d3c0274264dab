// The workspace index: a digest of every report in the workspace (the workspace lint's file
// selection: include/exclude globs, size limit, looksLikeReport), kept up to date as documents are
// linted, opened and closed and as files are created, changed and deleted. It answers "the reports
// of year N" for carryover-mismatch and repeated-text without reading files again. Word reports
// (.docx) are in it too, under their draft URI (the places a finding points to are in its converted draft);
// one with a Markdown draft written from it beside it (report.docx → report.md, "open as draft")
// gives way to that draft, so last year's report is not two reports of one body.

import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { digestReport, looksLikeReport, readReport, type RelatedReports, type ReportDigest } from '../../core/src/index.js';
import { collectFiles } from '../../node/src/collectFiles.js';
import type { Outcome } from './documentOutcome.js';
import { sizeLimit } from './documentOutcome.js';
import { containingFolder, DeletedPaths, isExcluded, isIncluded } from './fileSelection.js';
import { readReportFile } from './readReportFile.js';
import type { ServerContext } from './serverContext.js';
import { canonicalUri, pathToUri, uriToPath } from './uris.js';
import { wordDraftUri } from '../../protocol/src/protocol.js';
import { WORD_EXTENSIONS } from '../../word/src/readWordBytes.js';
import { readWordFile, wordDigest } from './readWordFile.js';
import { convertedDraftStem, wordReportStem } from '../../node/src/convertedDrafts.js';

const REPORT_FILE = /\.(md|txt|docx|doc|wps)$/i;

/** Lets pending messages through between files of a long walk. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** What changed in the index: the years whose reports' next-year reports must be checked again. */
type IndexListener = (changedYears: number[]) => void;

export class WorkspaceIndex implements RelatedReports {
  /** Canonical URI → digest. */
  private readonly entries = new Map<string, ReportDigest>();
  /** Year → canonical URI → digest. */
  private readonly years = new Map<number, Map<string, ReportDigest>>();
  /** Canonical file URI of a .docx report in the index → the stem its converted drafts would have (node/src/convertedDrafts.ts). */
  private readonly wordStems = new Map<string, string>();
  /** How many indexed Markdown files have each converted-draft stem. */
  private readonly draftStems = new Map<string, number>();
  /** Canonical URIs of open documents: their digest comes from the live text, not the disk. */
  private readonly open = new Set<string>();
  /** Bumped by every rebuild, so an older walk stops. */
  private walk = 0;
  /** When each entry was last written (a counter), so a walk never drops what came after its listing. */
  private readonly stamps = new Map<string, number>();
  private clock = 0;
  private listener: IndexListener | undefined;
  /** Resolves when the current walk of the workspace has finished. */
  ready: Promise<void> = Promise.resolve();
  private markBuilt: () => void = () => undefined;
  /**
   * Resolves once a walk of the workspace has finished (the first starts after `initialized`, a few
   * requests later): what compares reports across the workspace waits for it, or it would see none.
   */
  readonly built: Promise<void> = new Promise((resolve) => (this.markBuilt = resolve));

  constructor(private readonly ctx: ServerContext) {}

  /** Called with the years that changed (after a walk, a lint that changed a digest, a file event). */
  onChange(listener: IndexListener): void {
    this.listener = listener;
  }

  ofYear(year: number): readonly ReportDigest[] {
    const list = this.years.get(year);
    if (!list) return [];
    // A Word report whose Markdown draft is in the index is that draft's source: the draft speaks for it.
    return [...list].filter(([key]) => !this.draftStems.has(this.wordStems.get(key) ?? '')).map(([, digest]) => digest);
  }

  /** The digest of a document or file, by its URI. */
  digestOf(uri: string): ReportDigest | undefined {
    return this.entries.get(canonicalUri(uri));
  }

  /** How many reports the index holds. */
  get size(): number {
    return this.entries.size;
  }

  // Walks every workspace folder again (start, folders or settings changed). Unopened files are
  // read and digested one by one, yielding between files; open documents keep their live digest.
  rebuild(): Promise<void> {
    const walk = ++this.walk;
    this.ready = this.walkFolders(walk)
      .catch((e) => this.ctx.errors.report('workspaceIndex', e))
      .then(() => {
        if (walk === this.walk) this.markBuilt();
      });
    return this.ready;
  }

  private async walkFolders(walk: number): Promise<void> {
    const started = this.clock;
    const paths = this.ctx.folders.flatMap((folder) => collectFiles([folder], folder, { word: true }).files.map((f) => f.path));
    const seen = new Set<string>();
    const changed = new Set<number>();
    for (const path of paths) {
      await yieldToEvents();
      if (walk !== this.walk) return;
      const key = canonicalUri(pathToUri(path));
      seen.add(key);
      for (const y of await this.readFile(path)) changed.add(y);
    }
    for (const key of [...this.entries.keys()]) {
      // Gone from the folders since the last walk; an entry written after this walk began (a file
      // created meanwhile) is newer than the listing and stays.
      if (seen.has(key) || this.open.has(key) || (this.stamps.get(key) ?? 0) > started) continue;
      for (const y of this.remove(key)) changed.add(y);
    }
    if (changed.size > 0) this.listener?.([...changed]);
  }

  /** An open document was linted: its digest follows its text. */
  documentLinted(uri: string, outcome: Outcome): void {
    const key = canonicalUri(uri);
    this.open.add(key);
    const digest = outcome.kind === 'linted' ? digestReport(outcome.result, uri) : undefined;
    this.notify(digest ? this.put(key, digest) : this.remove(key));
  }

  /** An open document was closed: the file on disk (if any, and selected) speaks for it again. */
  async documentClosed(uri: string): Promise<void> {
    const key = canonicalUri(uri);
    this.open.delete(key);
    const path = uriToPath(uri);
    const changed = path && REPORT_FILE.test(path) && containingFolder(path, this.ctx.folders) ? await this.readFile(path) : this.remove(key);
    this.notify(changed);
  }

  // Files created, changed or deleted on disk (workspace/didChangeWatchedFiles). A deleted path not in
  // the index may have been a folder: the unopened reports under it go (in the order of the events).
  async filesChanged(changes: FileEvent[]): Promise<void> {
    const changed = new Set<number>();
    const gone = new DeletedPaths();
    const removeGone = () => {
      if (gone.size === 0) return;
      for (const key of [...this.entries.keys()]) {
        const path = uriToPath(key);
        if (path !== undefined && !this.open.has(key) && gone.holds(path)) for (const y of this.remove(key)) changed.add(y);
      }
      gone.clear();
    };
    for (const change of changes) {
      const key = canonicalUri(change.uri);
      const path = uriToPath(change.uri);
      if (!path || this.open.has(key)) continue;
      if (change.type === FileChangeType.Deleted) {
        if (this.entries.has(key)) for (const y of this.remove(key)) changed.add(y);
        else gone.add(path);
        continue;
      }
      removeGone();
      if (!REPORT_FILE.test(path)) continue;
      const years = containingFolder(path, this.ctx.folders) ? await this.readFile(path) : this.remove(key);
      for (const y of years) changed.add(y);
    }
    removeGone();
    this.notify([...changed]);
  }

  /** Reads one unopened file into the index (or out of it); returns the years that changed. */
  private async readFile(path: string): Promise<number[]> {
    const uri = pathToUri(path);
    const key = canonicalUri(uri);
    const folder = containingFolder(path, this.ctx.folders);
    const { settings, options } = await this.ctx.setupFor(uri, folder ? pathToUri(folder) : undefined);
    if (this.open.has(key)) return [];
    const folders = this.ctx.folders;
    if (isExcluded(path, folders, settings)) return this.remove(key);
    const included = isIncluded(path, folders, settings);
    if (WORD_EXTENSIONS.test(path)) {
      const word = await readWordFile(path, sizeLimit(settings), included);
      if (this.open.has(key) || !('draft' in word)) return this.remove(key);
      // Its places (where this year's findings point) are in the Markdown draft its draft document shows.
      const digest = wordDigest(word.draft, options.template ?? 'auto', wordDraftUri(uri));
      return digest ? this.put(key, digest) : this.remove(key);
    }
    const read = readReportFile(path, sizeLimit(settings), included);
    if (!('text' in read) || !(included || looksLikeReport(read.text))) return this.remove(key);
    // The model is enough for a digest (title, table 三, sections): no rules run.
    const digest = digestReport(readReport(read.text, options.template ?? 'auto'), uri);
    return digest ? this.put(key, digest) : this.remove(key);
  }

  private put(key: string, digest: ReportDigest): number[] {
    const old = this.entries.get(key);
    if (old && JSON.stringify(old) === JSON.stringify(digest)) return [];
    const changed = this.remove(key);
    this.entries.set(key, digest);
    this.stamps.set(key, ++this.clock);
    const wordStem = wordReportStem(key);
    const draftStem = convertedDraftStem(key);
    if (wordStem !== undefined) this.wordStems.set(key, wordStem);
    else if (draftStem !== undefined) this.draftStems.set(draftStem, (this.draftStems.get(draftStem) ?? 0) + 1);
    let list = this.years.get(digest.year);
    if (!list) this.years.set(digest.year, (list = new Map()));
    list.set(key, digest);
    return [...new Set([...changed, digest.year])];
  }

  private remove(key: string): number[] {
    const old = this.entries.get(key);
    if (!old) return [];
    this.entries.delete(key);
    this.stamps.delete(key);
    this.wordStems.delete(key);
    const stem = convertedDraftStem(key);
    if (stem !== undefined) {
      const n = (this.draftStems.get(stem) ?? 0) - 1;
      if (n > 0) this.draftStems.set(stem, n);
      else this.draftStems.delete(stem);
    }
    const list = this.years.get(old.year);
    list?.delete(key);
    if (list?.size === 0) this.years.delete(old.year);
    return [old.year];
  }

  private notify(years: number[]): void {
    if (years.length > 0) this.listener?.(years);
  }
}
