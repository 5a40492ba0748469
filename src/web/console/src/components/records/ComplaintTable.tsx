import { Alert, Table } from 'antd';
import type { ComplaintsOfYear } from '../../api.ts';

/** The year's 举报投诉 as recorded; numbers in the text come masked for readers who do not handle them. */
export function ComplaintTable({ list }: { list: ComplaintsOfYear | null }) {
  return (
    <div id="complaint-table">
      {list?.personalDataMasked && (
        <Alert
          type="info"
          showIcon
          message="内容中的身份证号、手机号已去标识化（个人信息保护法第六条）"
          style={{ marginBottom: 8 }}
        />
      )}
      <Table
        rowKey="id"
        dataSource={list?.complaints ?? []}
        loading={list === null}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: '本年度没有登记举报投诉' }}
        columns={[
          { title: '收到日期', render: (_, c) => c.receivedOn, width: 120 },
          { title: '举报投诉内容', render: (_, c) => c.summary },
          { title: '处理结果', render: (_, c) => c.resolution ?? '—' },
          { title: '登记人', render: (_, c) => c.recordedBy, width: 120 },
        ]}
      />
    </div>
  );
}
