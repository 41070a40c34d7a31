import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { LRUCache } from 'lru-cache';
import { complianceWeekOption } from '../../contracts/compliance-week-chart';
import type { WeekCompliance } from '../../domain/obligations/week-compliance';

// The SPA's chart, drawn once on the server as SVG (echarts' server-side rendering), so the
// first view needs no script to show it.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/**
 * Drawings already made, by what they show: the same weeks, words and size give the same SVG, so
 * a unit's officers reloading their dashboard pay for the drawing (tens of ms of the event loop
 * that also serves the portal) once, until a figure changes. Keyed by content, nothing to purge.
 */
const drawn = new LRUCache<string, string>({
  max: 2000,
  maxSize: 16 << 20,
  sizeCalculation: (svg) => svg.length * 2,
});

/** The compliance-by-week chart as an SVG string (echarts escapes its texts), scaled by its viewBox. */
export function complianceWeekSvg(
  rows: readonly WeekCompliance[],
  words: { due: string; met: string; rate: string },
  size: { width: number; height: number },
): string {
  const key = JSON.stringify([rows, words, size]);
  const cached = drawn.get(key);
  if (cached !== undefined) return cached;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption({ animation: false, ...complianceWeekOption(rows, words) });
    const svg = chart.renderToSVGString({ useViewBox: true });
    drawn.set(key, svg);
    return svg;
  } finally {
    chart.dispose();
  }
}
