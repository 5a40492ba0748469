import { useEffect, useState } from 'react';
import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { listRequests, vocabulary } from '../api.ts';
import type { Actor, RequestListEntry, Vocabulary } from '../api.ts';
import { navigate } from '../App.tsx';
import { LogRequestForm } from '../components/requests/LogRequestForm.tsx';

function DueDate({ entry }: { entry: RequestListEntry }) {
  const d = entry.deadline;
  if (!d) return <>—</>;
  return (
    <Space direction="vertical" size={0}>
      <span>
        {d.dueDate}{' '}
        {entry.request.closedOn ? null : d.overdue ? (
          <Tag color="red">已超期</Tag>
        ) : (
          <Tag>{d.timelinessLabel}</Tag>
        )}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {d.explanation}
      </Typography.Text>
    </Space>
  );
}

export function Requests({ actor }: { actor: Actor }) {
  const [entries, setEntries] = useState<RequestListEntry[]>([]);
  const [words, setWords] = useState<Vocabulary | null>(null);
  const [status, setStatus] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    listRequests(actor.bodyId).then(
      (r) => setEntries(r.items),
      (e: Error) => setError(e.message),
    );
    vocabulary().then(setWords, (e: Error) => setError(e.message));
  }, [actor.bodyId]);

  const statuses = [...new Set(entries.map((e) => e.statusLabel))];
  const shown = status ? entries.filter((e) => e.statusLabel === status) : entries;
  const officer = actor.roles.some((r) => r.bodyId === actor.bodyId && r.role === 'officer');

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        依申请公开
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {officer && (
          <Button type="primary" onClick={() => setOpen(true)}>
            登记纸质 / 信函 / 传真申请
          </Button>
        )}
        <Select
          aria-label="按状态筛选"
          placeholder="按状态筛选"
          allowClear
          style={{ minWidth: 180 }}
          value={status}
          onChange={setStatus}
          options={statuses.map((s) => ({ value: s, label: s }))}
        />
      </Space>
      {error && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} />}
      <Table
        rowKey={(e) => e.request.id}
        dataSource={shown}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        onRow={(e) => ({ onClick: () => navigate({ page: 'requests', id: e.request.id }) })}
        columns={[
          {
            title: '申请编号',
            render: (_, e) => <a href={`#/requests/${e.request.id}`}>{e.request.trackingNumber}</a>,
          },
          { title: '收到日期', render: (_, e) => e.request.receiptDate },
          { title: '状态', render: (_, e) => e.statusLabel },
          { title: '答复期限（如何计算）', render: (_, e) => <DueDate entry={e} /> },
          { title: '所需信息', render: (_, e) => e.request.description.slice(0, 40) },
        ]}
      />
      <LogRequestForm bodyId={actor.bodyId} words={words} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
