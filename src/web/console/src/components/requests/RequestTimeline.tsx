import { Card, Table, Timeline } from 'antd';
import type { StaffRequestView } from './requests-api.ts';

/** Each step with its legal date and who recorded it, then the 送达 records with their receipts. */
export function RequestTimeline({ view }: { view: StaffRequestView }) {
  return (
    <Card title="办理过程" style={{ marginTop: 16 }}>
      <Timeline
        items={view.steps.map((s) => ({
          children: (
            <span>
              {s.on} <strong>{s.label}</strong> {s.text}（{s.actor}）
            </span>
          ),
        }))}
      />
      {view.deliveries.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          caption="送达记录"
          dataSource={view.deliveries}
          columns={[
            { title: '送达日期', dataIndex: 'deliveredOn' },
            { title: '送达方式', dataIndex: 'method' },
            { title: '送达回执', dataIndex: 'receipt', render: (r: string | null) => r ?? '—' },
            { title: '记录人', dataIndex: 'recordedBy' },
          ]}
        />
      )}
    </Card>
  );
}
