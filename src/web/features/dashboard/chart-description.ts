import type { Translate } from '../../i18n/i18n';

/** The most items read out per series; a screen reader user can open the table for the rest. */
const MAX_ITEMS = 30;

type Axis = { type?: string; data?: unknown[] } | undefined;
type SeriesOption = { name?: string; data?: unknown[] };

const first = (axis: unknown): Axis => (Array.isArray(axis) ? axis[0] : axis) as Axis;

/** A data item's own value: ECharts takes a number, "-"/null for none, `{ value }` or `[x, y]`. */
function valueOf(item: unknown): number | null {
  let v: unknown = item;
  if (v && typeof v === 'object' && !Array.isArray(v)) v = (v as { value?: unknown }).value;
  if (Array.isArray(v)) v = (v as unknown[]).at(-1);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A category as text: ECharts takes a string, a number or `{ value }`. */
function categoryText(category: unknown, index: number): string {
  const c =
    category && typeof category === 'object' ? (category as { value?: unknown }).value : category;
  return typeof c === 'string' || typeof c === 'number' ? String(c) : String(index + 1);
}

/**
 * What a chart says, for screen readers, in the user's language: every series with its values by
 * category. ECharts' own description reads a stacked bar's internal dimensions ("0, 84, 84,
 * NaN"), so the chart's description is written from the option it draws instead.
 */
export function describeChart(option: Record<string, unknown>, title: string, t: Translate) {
  const categories =
    [first(option.xAxis), first(option.yAxis)].find((a) => a?.type === 'category')?.data ?? [];
  const series = (Array.isArray(option.series) ? option.series : [option.series]).filter(
    (s): s is SeriesOption => !!s && typeof s === 'object',
  );
  const parts = [
    t('chart.aria.title', { title }),
    t('chart.aria.series', { seriesCount: series.length }),
  ];
  series.forEach((s, i) => {
    const data = s.data ?? [];
    parts.push(t('chart.aria.seriesNamed', { seriesId: i + 1, seriesName: s.name ?? '' }));
    const items = data.slice(0, MAX_ITEMS).map((item, j) => {
      const v = valueOf(item);
      return t('chart.aria.item', {
        name: categoryText(categories[j], j),
        value: v === null ? t('chart.aria.none') : String(v),
      });
    });
    parts.push(
      (data.length > MAX_ITEMS
        ? t('chart.aria.partialData', { displayCnt: MAX_ITEMS })
        : t('chart.aria.allData')) +
        items.join('; ') +
        (data.length > MAX_ITEMS ? t('chart.aria.more', { count: data.length - MAX_ITEMS }) : '') +
        '.',
    );
  });
  return parts.join('');
}
