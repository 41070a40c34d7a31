import type { FieldProblem } from '../api/client';
import { hasMessage, type Translate } from '../i18n/i18n';

/** The field names of a problem's path, without where it came from: body, query or params. */
const segmentsOf = (path: string): string[] =>
  path.split('.').filter((s, i) => s !== '' && !(i === 0 && /^(body|query|params)$/.test(s)));

const isIndex = (s: string) => /^\d+$/.test(s);
/** An item of a list (its index) or of a map (its key, such as a candidate's id). */
const isItem = (s: string) => isIndex(s) || /^[0-9a-f-]{36}$/i.test(s) || s === 'k';

function labelOf(t: Translate, name: string): string | null {
  const key = `field.${name}`;
  return hasMessage(key) ? t(key) : null;
}

/**
 * The label a person reads for the field a problem names by its path, with the item of a list it
 * sits in: "body.content.phases.0.from" → "Từ ngày (Các đợt, mục 1)". Never the path itself.
 */
export function fieldLabel(t: Translate, path: string): string {
  const segments = segmentsOf(path);
  const named = segments.flatMap((s, i) => {
    if (isItem(s)) return [];
    const next = segments[i + 1] ?? '';
    return [{ label: labelOf(t, s), n: isIndex(next) ? Number(next) + 1 : null }];
  });
  const last = named.pop();
  const withItem = (f: { label: string | null; n: number | null }) =>
    f.label && f.n !== null ? t('field.item', { list: f.label, n: f.n }) : f.label;
  const own = (last && withItem(last)) ?? t('field.unknown');
  const within = named.filter((f) => f.n !== null).flatMap((f) => withItem(f) ?? []);
  return within.length ? `${own} (${within.join('; ')})` : own;
}

/** One field error as a sentence: "Từ ngày (Các đợt, mục 1): Ngày không hợp lệ". */
export const fieldMessage = (t: Translate, e: FieldProblem): string =>
  e.path === 'body' || e.path === '' ? e.message : `${fieldLabel(t, e.path)}: ${e.message}`;
