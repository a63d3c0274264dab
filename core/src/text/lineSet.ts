// A set of line numbers of one document (0 … lineCount − 1), one byte per line: the reader marks
// table lines and the lines tables use for every token, and the heading pass asks of every line; a
// Set of numbers hashed each of those.

export class LineSet {
  private readonly marks: Uint8Array;
  private count = 0;

  constructor(readonly lineCount: number) {
    this.marks = new Uint8Array(lineCount);
  }

  add(line: number): void {
    if (line >= 0 && line < this.lineCount && this.marks[line] === 0) {
      this.marks[line] = 1;
      this.count++;
    }
  }

  /** Marks the lines from `first` to `last`, both included. */
  addRange(first: number, last: number): void {
    for (let l = Math.max(0, first); l <= last && l < this.lineCount; l++) this.add(l);
  }

  /** Marks every line of `other` (of the same document). */
  addAll(other: LineSet): void {
    for (let l = 0; l < other.lineCount && l < this.lineCount; l++) if (other.marks[l] === 1) this.add(l);
  }

  has(line: number): boolean {
    return this.marks[line] === 1;
  }

  get size(): number {
    return this.count;
  }
}
