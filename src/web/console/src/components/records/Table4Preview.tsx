import { Table } from 'antd';
import { appealKinds, appealOutcomes } from '../../api.ts';
import { BarChart } from '../supervisor/BarChart.tsx';
import { appealKindLabel } from './labels.ts';

const columnsOf = [...appealOutcomes, '总计'] as const;

/** 表四 as the 年报 prints it: three groups of five columns, one row of counts. */
export function Table4Preview({ cells }: { cells: Record<string, number> }) {
  return (
    <div id="table4">
      <Table
        bordered
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey={() => 'counts'}
        dataSource={[cells]}
        columns={appealKinds.map((kind) => ({
          title: appealKindLabel(kind),
          children: columnsOf.map((column) => ({
            title: column,
            key: `${kind}.${column}`,
            align: 'right' as const,
            render: () => cells[`${kind}.${column}`] ?? 0,
          })),
        }))}
      />
      <BarChart
        label="本年度行政复议、行政诉讼案件数（按类型）"
        bars={appealKinds.map((kind) => ({ name: appealKindLabel(kind), value: cells[`${kind}.总计`] ?? 0 }))}
      />
    </div>
  );
}
