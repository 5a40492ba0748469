import { useState } from 'react';
import { Button, Table } from 'antd';
import type { AppealRecord, ListedAppeal } from '../../api.ts';
import { ConcludeAppeal } from './ConcludeAppeal.tsx';
import { appealKindLabel } from './labels.ts';

/** The year's appeals; those not yet concluded can take their result. */
export function AppealTable(props: { bodyId: string; appeals: ListedAppeal[]; onChanged: () => void }) {
  const [concluding, setConcluding] = useState<AppealRecord | null>(null);
  return (
    <div id="appeal-table">
      <Table
        rowKey="id"
        dataSource={props.appeals}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: '本年度没有登记行政复议或行政诉讼' }}
        columns={[
          { title: '类型', render: (_, a) => appealKindLabel(a.kind) },
          { title: '申请（起诉）日期', render: (_, a) => a.filedOn },
          { title: '案号', render: (_, a) => a.caseNumber ?? '—' },
          {
            title: '关联申请',
            render: (_, a) =>
              a.requestId && a.requestNumber ? (
                <a href={`#/requests/${encodeURIComponent(a.requestId)}`} style={{ whiteSpace: 'nowrap' }}>
                  {a.requestNumber}
                </a>
              ) : (
                '—'
              ),
          },
          { title: '结果', render: (_, a) => a.outcome },
          { title: '审结日期', render: (_, a) => a.concludedOn ?? '—' },
          { title: '备注', render: (_, a) => a.note ?? '' },
          { title: '登记人', render: (_, a) => a.recordedBy },
          {
            title: '操作',
            render: (_, a) =>
              a.outcome === '尚未审结' ? (
                <Button size="small" onClick={() => setConcluding(a)}>
                  登记结果
                </Button>
              ) : null,
          },
        ]}
      />
      <ConcludeAppeal
        bodyId={props.bodyId}
        appeal={concluding}
        onClose={(changed) => {
          setConcluding(null);
          if (changed) props.onChanged();
        }}
      />
    </div>
  );
}
