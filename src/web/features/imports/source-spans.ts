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
