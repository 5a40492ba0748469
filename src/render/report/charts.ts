import * as echarts from 'echarts';
import { applicantPartColumns } from '../../core/report-format/index.ts';
import { groupTotal } from '../../core/report-prose/index.ts';
import { valueOf } from '../../core/report-compute/index.ts';
import type { ReportDocument } from './document.ts';

export interface Chart {
  id: 'outcomes' | 'applicants' | 'trend' | 'channels';
  title: string;
  /** The chart's data as label → value, also printed as a table where an image cannot go. */
  data: Array<[string, number]>;
  svg: string;
}

const WIDTH = 640;
const HEIGHT = 320;
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

/** ECharts server-side rendering: no DOM, SVG string out (echarts.apache.org “Server Side Rendering”). */
function renderSvg(option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function barChart(title: string, data: Array<[string, number]>): string {
  return renderSvg({
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    grid: { left: 48, right: 16, top: 40, bottom: 64 },
    xAxis: {
      type: 'category',
      data: data.map((d) => d[0]),
      axisLabel: { interval: 0, rotate: data.length > 5 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: data.map((d) => d[1]), label: { show: true, position: 'top' } }],
  });
}

const OUTCOME_GROUPS = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'];

/** The four charts of the report; gov formats only for the 表三 ones (national-2014 has no 表三). */
export function reportCharts(doc: ReportDocument): Chart[] {
  const charts: Chart[] = [];
  if (doc.format === 'gov-2019' || doc.format === 'gov-2021') {
    const outcomes = OUTCOME_GROUPS.map((g): [string, number] => [g, groupTotal(doc.fields, g)]);
    charts.push({
      id: 'outcomes',
      title: '申请办理结果',
      data: outcomes,
      svg: barChart('申请办理结果（件）', outcomes),
    });
    const applicants = applicantPartColumns.map((c): [string, number] => [
      c,
      valueOf(doc.fields, `本年新收政府信息公开申请数量.${c}`),
    ]);
    charts.push({
      id: 'applicants',
      title: '本年新收申请按申请人类型',
      data: applicants,
      svg: renderSvg({
        title: { text: '本年新收申请按申请人类型（件）', left: 'center', textStyle: { fontSize: 14 } },
        series: [
          {
            type: 'pie',
            radius: ['30%', '60%'],
            top: 30,
            label: { formatter: '{b}：{c}' },
            data: applicants.map(([name, value]) => ({ name, value })),
          },
        ],
      }),
    });
  }
  const trend = doc.history.map((p): [string, number] => [`${p.year}年`, p.received ?? 0]);
  charts.push({
    id: 'trend',
    title: '历年收到申请数',
    data: trend,
    svg: renderSvg({
      title: { text: '历年收到申请与办结情况（件）', left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 48 },
      xAxis: { type: 'category', data: trend.map((d) => d[0]) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '收到申请', type: 'line', data: doc.history.map((p) => p.received), label: { show: true } },
        { name: '办结', type: 'line', data: doc.history.map((p) => p.closed), label: { show: true } },
      ],
    }),
  });
  const channels = Object.entries(doc.itemsByChannel).sort((a, b) => b[1] - a[1]);
  charts.push({
    id: 'channels',
    title: '主动公开信息按发布渠道',
    data: channels,
    svg: barChart('主动公开信息按发布渠道（条）', channels),
  });
  return charts;
}
