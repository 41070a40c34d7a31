import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useT } from '../../i18n/i18n';
import { describeChart } from './chart-description';

// Only what the dashboard draws, so the bundle carries no unused chart types.
echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

interface EChartProps {
  option: ChartOption;
  height: number;
  /** Hears a click on a data item, with its category (row) index. */
  onItemClick?: (dataIndex: number) => void;
  'aria-label': string;
}

/** One ECharts chart, resized with its container and disposed when it leaves. */
export function EChart({ option, height, onItemClick, ...props }: EChartProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.dataIndex === 'number') clickRef.current?.(params.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        aria: {
          enabled: true,
          label: { description: describeChart(option, props['aria-label'], t) },
        },
        ...option,
      },
      { notMerge: true },
    );
  }, [option, t, props['aria-label']]);

  // ECharts' aria module describes the series data in the inner element's aria-label.
  return (
    <figure aria-label={props['aria-label']} style={{ margin: 0 }}>
      <div ref={ref} className="echart" style={{ height }} />
    </figure>
  );
}
