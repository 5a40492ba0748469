import { useEffect, useState } from 'react';
import { Alert, Drawer, Table } from 'antd';
import { cellRequests } from '../../api.ts';
import type { CellRequest } from '../../api.ts';

/** The chain behind one 表三 figure: the requests counted in it, each linking to its record. */
export function CellRequestsDrawer({
  bodyId,
  year,
  cell,
  onClose,
}: {
  bodyId: string;
  year: number;
  cell: string | null;
  onClose: () => void;
}) {
  const [requests, setRequests] = useState<CellRequest[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    setRequests(null);
    setError('');
    if (!cell) return;
    cellRequests(bodyId, year, cell).then(
      (r) => setRequests(r.requests),
      (e: Error) => setError(e.message),
    );
  }, [bodyId, year, cell]);

  return (
    <Drawer open={cell !== null} onClose={onClose} title={`表三 ${cell ?? ''}`} width={560}>
      {error && <Alert type="error" showIcon message={error} />}
      <Table<CellRequest>
        id="cell-requests"
        rowKey="id"
        size="small"
        loading={requests === null && !error}
        dataSource={requests ?? []}
        pagination={false}
        locale={{ emptyText: '这一格为0：没有计入的申请' }}
        columns={[
          {
            title: '申请编号',
            dataIndex: 'trackingNumber',
            render: (number: string, r) => <a href={`#/requests/${encodeURIComponent(r.id)}`}>{number}</a>,
          },
          { title: '收到日期', dataIndex: 'receiptDate' },
          { title: '申请人类型', dataIndex: 'applicantType' },
          {
            title: '办理结果',
            dataIndex: 'row',
            render: (row: string | null) => row ?? '结转下年度继续办理',
          },
          { title: '办结日期', dataIndex: 'closedOn', render: (d: string | null) => d ?? '—' },
        ]}
      />
    </Drawer>
  );
}
