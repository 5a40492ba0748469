import { useEffect, useState } from 'react';
import { Alert, Card, Table } from 'antd';
import { appealsOfRequest } from '../../api.ts';
import type { AppealsOfRequest } from '../../api.ts';
import { appealKindLabel } from '../records/labels.ts';

/**
 * The 行政复议 / 行政诉讼 recorded against this request (登记 in 复议诉讼与工作记录); nothing when
 * there are none. Numbers in the notes come masked for readers who do not record appeals.
 */
export function RequestAppeals({ bodyId, requestId }: { bodyId: string; requestId: string }) {
  const [list, setList] = useState<AppealsOfRequest | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    appealsOfRequest(bodyId, requestId).then(setList, (e: Error) => setError(e.message));
  }, [bodyId, requestId]);

  if (error) return <Alert type="error" message={error} showIcon style={{ marginTop: 16 }} />;
  if (!list || list.appeals.length === 0) return null;
  return (
    <Card title="行政复议、行政诉讼" size="small" style={{ marginTop: 16 }} id="request-appeals">
      {list.personalDataMasked && (
        <Alert
          type="info"
          showIcon
          message="备注中的身份证号、手机号已去标识化（个人信息保护法第六条）"
          style={{ marginBottom: 8 }}
        />
      )}
      <Table
        rowKey="id"
        dataSource={list.appeals}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: '类型', render: (_, a) => appealKindLabel(a.kind) },
          { title: '申请（起诉）日期', render: (_, a) => a.filedOn },
          { title: '案号', render: (_, a) => a.caseNumber ?? '—' },
          { title: '结果', render: (_, a) => a.outcome },
          { title: '审结日期', render: (_, a) => a.concludedOn ?? '—' },
          { title: '备注', render: (_, a) => a.note ?? '' },
        ]}
      />
    </Card>
  );
}
