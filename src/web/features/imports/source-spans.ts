export interface Span {
  start: number;
  end: number;
}

/** A stretch of the text and the field paths whose sources cover it (innermost first). */
export interface Segment {
  start: number;
  end: number;
  paths: string[];
}

/**
 * Cuts the text at every source boundary, so that overlapping sources (a title holding the
 * election's term) become plain runs of marks; spans outside the text are ignored.
 */
export function segments(length: number, sources: Record<string, Span>): Segment[] {
  const spans = Object.entries(sources)
    .map(([path, s]) => ({ path, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? length;
    const paths = spans
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((s) => s.path);
    const last = out.at(-1);
    // Neighbouring runs covered by nothing are joined, keeping the DOM small.
    if (last && paths.length === 0 && last.paths.length === 0) last.end = end;
    else out.push({ start, end, paths });
  }
  return out;
}

/** Whether a source path belongs to the field a form item stands for ("channels" owns "channels.3"). */
export const belongsTo = (path: string, field: string): boolean =>
  path === field || path.startsWith(`${field}.`);

/** A path and its parents, nearest first: "assignments.1.unit", "assignments.1", "assignments". */
export function ancestors(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

/** A stretch of whole lines (or a piece of one very long line) drawn as one block. */
export interface Block {
  start: number;
  end: number;
  parts: Segment[];
}

/**
 * Groups the text into blocks of about `size` characters: whole lines where they fit, and a line
 * longer than that cut at a space near the limit. A browser lays out a paragraph whole, so one
 * megabyte on one line froze the review page; blocks of bounded length can each be laid out, and
 * skipped while off screen. Segments crossing a block's edge are cut there.
 */
export function blocks(text: string, parts: Segment[], size = 2000): Block[] {
  const edges: number[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const newline = text.lastIndexOf('\n', end - 1);
    if (end < text.length && newline >= start) end = newline + 1;
    else if (end < text.length) {
      // Cut a long line after a space in its last fifth, so words stay whole where possible.
      const space = text.lastIndexOf(' ', end - 1);
      if (space > start + (size * 4) / 5) end = space + 1;
    }
    edges.push(end);
    start = end;
  }
  const out: Block[] = [];
  let from = 0;
  let i = 0;
  for (const edge of edges) {
    const block: Block = { start: from, end: edge, parts: [] };
    for (; i < parts.length; i++) {
      const p = parts[i];
      if (!p || p.start >= edge) break;
      block.parts.push({
        start: Math.max(p.start, from),
        end: Math.min(p.end, edge),
        paths: p.paths,
      });
      if (p.end > edge) break;
    }
    out.push(block);
    from = edge;
  }
  return out;
}
