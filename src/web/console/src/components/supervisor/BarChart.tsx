import { useEffect, useRef } from 'react';
import { echarts } from '../echarts.ts';

/** A horizontal bar chart (SVG, with ECharts' aria description) of labelled counts. */
export function BarChart({
  label,
  bars,
  color = '#a8071a',
  id,
}: {
  /** What the chart shows, for screen readers. */
  label: string;
  bars: Array<{ name: string; value: number }>;
  color?: string;
  id?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const data = JSON.stringify(bars);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, null, { renderer: 'svg' });
    const rows = JSON.parse(data) as typeof bars;
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((b) => b.name) },
      series: [
        {
          type: 'bar',
          data: rows.map((b) => b.value),
          itemStyle: { color },
          label: { show: true, position: 'right' },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data, color]);
  return (
    <div
      id={id}
      ref={ref}
      role="img"
      aria-label={label}
      style={{ height: Math.max(120, 36 * bars.length + 24), width: '100%' }}
    />
  );
}
