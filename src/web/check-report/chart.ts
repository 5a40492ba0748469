import * as echarts from 'echarts';

/**
 * The most common findings as a horizontal bar chart, rendered server-side to SVG (no browser, no
 * script in the page): ECharts SSR mode.
 */
export function findingsChartSvg(
  counts: ReadonlyArray<{ code: string; count: number }>,
  width = 720,
): string {
  const top = counts.slice(0, 15).reverse();
  const height = Math.max(160, 40 + top.length * 26);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    grid: { left: 190, right: 50, top: 20, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((c) => c.code), axisLabel: { fontSize: 12 } },
    series: [
      {
        type: 'bar',
        data: top.map((c) => c.count),
        itemStyle: { color: '#b4412f' },
        label: { show: true, position: 'right' },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
