/**
 * Which characters of a text the spans taken so far hold. Whether a new span overlaps one is read
 * off its own characters: comparing it with every span taken was quadratic on a line that names
 * thousands of channels or dates.
 */
export class HeldSpans {
  private readonly held: Uint8Array;

  constructor(length: number) {
    this.held = new Uint8Array(length);
  }

  overlaps(start: number, end: number): boolean {
    return this.held.subarray(start, end).includes(1);
  }

  holds(at: number): boolean {
    return this.held[at] === 1;
  }

  hold(start: number, end: number): void {
    this.held.fill(1, start, end);
  }
}
