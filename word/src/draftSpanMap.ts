// Where a place of a Word report's reader draft (wordDraft.ts: paragraphs as lines, Word tables as
// HTML rows) is in the Markdown draft converted from it (convertWordDraft.ts: standard tables). The
// findings of a .docx are the reader draft's; the editor shows them in the converted draft, each on
// the text it is about: a paragraph's words, the standard table's cell, a row's line, the entry of
// the list of what could not be placed. What the converted draft does not hold (a header cell the
// standard table writes its own way) has no span there.

import { LineIndex, type Position, type Span } from '../../core/src/index.js';
import type { WordDraft } from './wordDraft.js';

/** A place of the reader draft and where the converted draft wrote it. */
interface Segment {
  from: Span;
  to: Span;
  /** The index of the draft block it lies in, or -1 for one over several blocks (a whole table). */
  block: number;
  /** Both hold the same text: an offset inside maps one to one; else the place maps whole. */
  exact: boolean;
}

/** A line/character range of the converted draft (0-based, UTF-16, as LSP). */
interface DraftRange {
  start: Position;
  end: Position;
}

/** The index of the draft block holding an offset (its line, ends included), or -1 between blocks. */
function blockIndexAt(draft: WordDraft, offset: number): number {
  const { blocks } = draft;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < blocks.length && blocks[lo]!.start <= offset ? lo : -1;
}

const length = (s: Span) => s.end - s.start;

/** Where a span that starts at `s` inside a segment starts in the converted draft (its start, unless the text is the same). */
const startIn = (seg: Segment, s: number) => (seg.exact ? seg.to.start + s - seg.from.start : seg.to.start);
/** Where a span that ends at `e` inside a segment ends in the converted draft. */
const endIn = (seg: Segment, e: number) => (seg.exact ? seg.to.start + e - seg.from.start : seg.to.end);

/** Collects the segments while the converted draft is written (offsets in the text written so far). */
export class DraftSpanMapBuilder {
  private readonly segments: Omit<Segment, 'exact'>[] = [];

  constructor(private readonly draft: WordDraft) {}

  /** `from` (reader draft) was written at `to` (converted draft); `wide`: it covers several blocks (a table). */
  add(from: Span, to: Span, wide = false): void {
    const start = blockIndexAt(this.draft, from.start);
    const block = !wide && start >= 0 && start === blockIndexAt(this.draft, from.end) ? start : -1;
    this.segments.push({ from, to, block });
  }

  finish(markdown: string): DraftSpanMap {
    const text = this.draft.text;
    return new DraftSpanMap(
      this.draft,
      markdown,
      this.segments.map((s) => ({ ...s, exact: text.slice(s.from.start, s.from.end) === markdown.slice(s.to.start, s.to.end) })),
    );
  }
}

export class DraftSpanMap {
  private index: LineIndex | undefined;

  constructor(
    private readonly draft: WordDraft,
    private readonly markdown: string,
    private readonly segments: readonly Segment[],
  ) {}

  // The smallest segment that `holds` accepts (the cell before its row, the row before its table).
  private innermost(holds: (s: Segment) => boolean): Segment | undefined {
    let best: Segment | undefined;
    for (const s of this.segments) if (holds(s) && (!best || length(s.from) < length(best.from))) best = s;
    return best;
  }

  /**
   * The span of the converted draft that shows `span` of the reader draft, or undefined when the
   * converted draft does not hold that text. A span inside one paragraph or Word table row maps only
   * through that block's own places; one over several blocks maps its two ends.
   */
  span(span: Span): Span | undefined {
    const { start: s, end: e } = span;
    const block = blockIndexAt(this.draft, s);
    if (block >= 0 && block === blockIndexAt(this.draft, e)) {
      const own = (x: Segment) => x.block === block;
      const seg = this.innermost((x) => own(x) && x.from.start <= s && e <= x.from.end);
      // From one cell to another of the row (two blank cells, a label and its values): from the one to the other.
      const first = this.startSegment(s, own);
      const last = this.endSegment(e, own);
      if (first && last && first !== last && (!seg || (length(first.from) < length(seg.from) && length(last.from) < length(seg.from)))) {
        const [start, end] = [startIn(first, s), endIn(last, e)];
        if (start <= end) return { start, end };
      }
      if (!seg) return undefined;
      if (seg.exact) return { start: seg.to.start + s - seg.from.start, end: seg.to.start + e - seg.from.start };
      return s === e ? { start: seg.to.start, end: seg.to.start } : { ...seg.to };
    }
    if (s === e) {
      // A point between blocks (the end of the text, say): right after what was written before it.
      let before: Segment | undefined;
      for (const x of this.segments) if (x.from.end <= s && (!before || x.from.end > before.from.end || (x.from.end === before.from.end && x.to.end > before.to.end))) before = x;
      const at = before ? before.to.end : 0;
      return { start: at, end: at };
    }
    const start = this.startOf(s, e);
    const end = this.endOf(s, e);
    return start !== undefined && end !== undefined && start <= end ? { start, end } : undefined;
  }

  // The innermost place a span starting at `s` starts in (a blank cell's place is empty: it holds the point at it).
  private startSegment(s: number, accept: (x: Segment) => boolean = () => true): Segment | undefined {
    return this.innermost((x) => accept(x) && x.from.start <= s && (s < x.from.end || x.from.start === x.from.end));
  }

  // The innermost place a span ending at `e` ends in.
  private endSegment(e: number, accept: (x: Segment) => boolean = () => true): Segment | undefined {
    return this.innermost((x) => accept(x) && (x.from.start < e || x.from.start === x.from.end) && e <= x.from.end);
  }

  private startOf(s: number, e: number): number | undefined {
    const seg = this.startSegment(s);
    if (seg) return startIn(seg, s);
    let next: Segment | undefined;
    for (const x of this.segments) if (x.from.start >= s && x.from.start < e && (!next || x.from.start < next.from.start)) next = x;
    return next?.to.start;
  }

  private endOf(s: number, e: number): number | undefined {
    const seg = this.endSegment(e);
    if (seg) return endIn(seg, e);
    let last: Segment | undefined;
    for (const x of this.segments) if (x.from.end <= e && x.from.end > s && (!last || x.from.end > last.from.end)) last = x;
    return last?.to.end;
  }

  /** As `span`, as a line/character range; what the converted draft does not hold is at the start of its first line. */
  range(span: Span): DraftRange {
    const mapped = this.span(span) ?? { start: 0, end: 0 };
    this.index ??= new LineIndex(this.markdown);
    return { start: this.index.positionAt(mapped.start), end: this.index.positionAt(mapped.end) };
  }
}
