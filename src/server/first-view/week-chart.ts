import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { complianceWeekOption } from '../../contracts/compliance-week-chart';
import type { WeekCompliance } from '../../domain/obligations/week-compliance';

// The SPA's chart, drawn once on the server as SVG (echarts' server-side rendering), so the
// first view needs no script to show it.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/** The compliance-by-week chart as an SVG string (echarts escapes its texts), scaled by its viewBox. */
export function complianceWeekSvg(
  rows: readonly WeekCompliance[],
  words: { due: string; met: string; rate: string },
  size: { width: number; height: number },
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption({ animation: false, ...complianceWeekOption(rows, words) });
    return chart.renderToSVGString({ useViewBox: true });
  } finally {
    chart.dispose();
  }
}
