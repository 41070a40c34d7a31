import { useState } from 'react';
import { Button } from 'antd';
import { useT } from '../../i18n/i18n';
import { useRevealedSource } from './source-link';

/** Rows of a list drawn at first, and added by each "show more". */
export const ROW_STEP = 50;

/**
 * How many rows of a long list to draw: the first ROW_STEP, more on demand, and enough to hold a
 * row whose mark was picked in the text, or that the server refused. A hostile document gives 500 figures; drawn at once, each
 * with its seven fields, they froze the review for 13 s. The rows not drawn stay in the form.
 */
export function useRowWindow(lists: readonly string[], count: number) {
  const [shown, setShown] = useState(ROW_STEP);
  const revealed = useRevealedSource();
  // "metrics.312" (a picked mark) is at most row 312, since a row is never before its place in the
  // text; "figures.312" (a refusal from the server) is row 312.
  const [list, index] = revealed?.split('.') ?? [];
  const wanted = list && lists.includes(list) ? Number(index) + 1 : 0;
  const needed = Math.ceil(wanted / ROW_STEP) * ROW_STEP;
  if (needed > shown) setShown(needed);
  const limit = Math.max(shown, needed);
  return { limit, hidden: Math.max(0, count - limit), more: () => setShown(limit + ROW_STEP) };
}

/** The button under a cut list: how many rows are not drawn, and a click draws the next ones. */
export function MoreRows({ hidden, onMore }: { hidden: number; onMore: () => void }) {
  const t = useT();
  if (hidden <= 0) return null;
  return (
    <Button onClick={onMore} data-testid="import-more-rows">
      {t('imp.moreRows', { n: Math.min(hidden, ROW_STEP), hidden })}
    </Button>
  );
}
