/**
 * A synthetic archived source text, built line by line. Generators print a line and keep its
 * number, so every provenance range points at the lines that hold the figures, as a
 * transcriber's `grep -n` would find them. Cells are tab-separated, as PDF extraction leaves them.
 */
export type LineRange = [number, number];

export class SourceText {
  private readonly lines: string[] = [];

  /** Prints one line (cells joined by tabs) and returns its 1-based number. */
  line(...cells: string[]): number {
    this.lines.push(cells.join('\t'));
    return this.lines.length;
  }

  blank(): void {
    this.lines.push('');
  }

  /** The line range printed by `print`. */
  span(print: () => void): LineRange {
    const first = this.lines.length + 1;
    print();
    return [first, Math.max(first, this.lines.length)];
  }

  /** The next line number (for a range that starts before it is printed). */
  get next(): number {
    return this.lines.length + 1;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  toString(): string {
    return this.lines.join('\n') + '\n';
  }
}

/** A provenance object for one line or a range. */
export const at = (first: number, last = first): { lines: LineRange } => ({ lines: [first, last] });
