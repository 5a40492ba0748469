import { Badge, Table } from 'antd';
import type { BadgeProps } from 'antd';
import type { BodyOversight } from '../../api.ts';
import { BarChart } from './BarChart.tsx';
import { compactTable } from './compactTable.ts';

const stateLabels: Record<BodyOversight['state'], [string, BadgeProps['status']]> = {
  published: ['已发布', 'success'],
  due: ['未到截止日期', 'default'],
  'due-soon': ['即将到期', 'warning'],
  overdue: ['逾期未发布', 'error'],
};

/** What the supervisor asks first: which reports are published, late, or failing the checks. */
export function reportStatusBars(rows: readonly BodyOversight[]) {
  const count = (test: (r: BodyOversight) => boolean) => rows.filter(test).length;
  return [
    { name: '已发布', value: count((r) => r.state === 'published') },
    { name: '已发布但检查有错误', value: count((r) => r.state === 'published' && r.errors > 0) },
    { name: '逾期未发布', value: count((r) => r.state === 'overdue') },
    { name: '尚未发布（未逾期）', value: count((r) => r.state === 'due' || r.state === 'due-soon') },
  ];
}

/** The bodies below with their request load (counts only) and their annual report's state. */
export function BodiesOverview({ rows, year }: { rows: BodyOversight[]; year: number }) {
  return (
    <>
      <BarChart
        id="report-status-chart"
        label={`${year}年度报告发布与检查情况（机关数）`}
        bars={reportStatusBars(rows)}
      />
      <Table<BodyOversight>
        id="bodies-overview"
        rowKey="bodyId"
        {...compactTable}
        dataSource={rows}
        columns={[
          { title: '机关', dataIndex: 'bodyName' },
          { title: `${year}年收到申请`, dataIndex: 'received', align: 'right' },
          { title: '办理中', dataIndex: 'open', align: 'right' },
          { title: '已超期', dataIndex: 'overdue', align: 'right' },
          { title: '年报截止', dataIndex: 'dueOn' },
          {
            title: '年报状态',
            dataIndex: 'state',
            render: (state: BodyOversight['state'], row) => {
              const [text, status] = stateLabels[state];
              return <Badge status={status} text={row.version ? `${text}（第${row.version}版）` : text} />;
            },
          },
          {
            title: '检查结果',
            key: 'checks',
            render: (_, row) => (row.version ? `错误 ${row.errors}，警告 ${row.warnings}` : '—'),
          },
        ]}
      />
    </>
  );
}
