/**
 * Offsets ↔ 1-based line and column, both in UTF-16 code units and with the line breaks TypeScript counts
 * (`\n`, `\r\n`, `\r`, U+2028, U+2029), so a `tsc` position and a converter offset mean the same place.
 */
export class TextPositions {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) this.#starts.push(i + 1);
    }
  }

  /** `tsc`'s `(3,7)` → an offset (past the end of a line, or of the text, stays there). */
  offsetOf(line: number, column: number): number {
    const start = this.#starts[Math.min(Math.max(line, 1), this.#starts.length) - 1]!;
    return start + column - 1;
  }

  positionOf(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.#starts[low]! + 1 };
  }
}
