import { Table, Typography } from 'antd';
import type { CheckJob, CheckJobReport } from '../../api.ts';
import { FindingList } from '../annual-report/FindingList.tsx';
import { BarChart } from './BarChart.tsx';
import { compactTable } from './compactTable.ts';

/** The rules found most often: one row each, with the number of findings. */
const topRules = 10;

/** One row per report with its counts (by severity and by rule), expanding to the findings. */
export function CheckFindingsTable({ job }: { job: CheckJob }) {
  const rules = job.rules.slice(0, topRules);
  return (
    <>
      {rules.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            最常见的问题
          </Typography.Title>
          <BarChart
            id="rule-chart"
            label="各检查规则发现的问题数"
            bars={rules.map((r) => ({ name: r.code, value: r.count }))}
          />
        </>
      )}
      <Table<CheckJobReport>
        id="check-findings"
        rowKey="source"
        {...compactTable}
        dataSource={job.reports}
        expandable={{
          expandedRowRender: (report) => <FindingList findings={report.findings} />,
          rowExpandable: (report) => report.findings.length > 0,
        }}
        columns={[
          { title: '文件', dataIndex: 'source' },
          { title: '机关', dataIndex: 'agency', render: (a: string | null) => a ?? '未识别' },
          { title: '年度', dataIndex: 'year', render: (y: number | null) => y ?? '—' },
          { title: '格式', dataIndex: 'format' },
          { title: '错误', key: 'error', align: 'right', render: (_, r) => r.counts.error },
          { title: '警告', key: 'warning', align: 'right', render: (_, r) => r.counts.warning },
          { title: '提示', key: 'info', align: 'right', render: (_, r) => r.counts.info },
          {
            title: '按规则',
            key: 'rules',
            render: (_, r) => ruleSummary(r),
          },
        ]}
      />
    </>
  );
}

/** `T3-SUM ×2、P-EMPTY ×1`: the report's findings counted by rule. */
export function ruleSummary(report: CheckJobReport): string {
  const counts = new Map<string, number>();
  for (const f of report.findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${code} ×${n}`).join('、') || '—';
}
