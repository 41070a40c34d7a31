import { useEffect, useMemo, useRef } from 'react';
import type * as echarts from 'echarts/core';
import { useT } from '../../i18n/i18n';
import { describeChart } from './chart-description';

// ECharts (about half a megabyte) is downloaded beside the page, not before it: the page renders
// and asks for its figures at once, and each chart draws when the library has arrived.
const loadECharts = () => import('./echarts-setup').then((m) => m.echarts);

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

  const label = props['aria-label'];
  // The option to draw, kept for a chart whose library arrives after the option.
  const full = useMemo(
    () => ({
      aria: { enabled: true, label: { description: describeChart(option, label, t) } },
      ...option,
    }),
    [option, label, t],
  );
  const fullRef = useRef(full);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let instance: echarts.ECharts | null = null;
    let observer: ResizeObserver | null = null;
    let gone = false;
    void loadECharts().then((lib) => {
      if (gone) return;
      const made = lib.init(el, undefined, { renderer: 'svg' });
      instance = made;
      chart.current = made;
      made.on('click', (params) => {
        if (typeof params.dataIndex === 'number') clickRef.current?.(params.dataIndex);
      });
      made.setOption(fullRef.current, { notMerge: true });
      observer = new ResizeObserver(() => made.resize());
      observer.observe(el);
    });
    return () => {
      gone = true;
      observer?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    fullRef.current = full;
    chart.current?.setOption(full, { notMerge: true });
  }, [full]);

  // ECharts' aria module writes the description into the inner element's aria-label.
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <div ref={ref} className="echart" style={{ height }} />
    </figure>
  );
}
