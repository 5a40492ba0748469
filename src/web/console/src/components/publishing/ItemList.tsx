import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { itemKinds, itemStatuses, itemStatusLabels, listStaffItems, validities } from '../../api.ts';
import type { ItemFilters, StaffItem } from '../../api.ts';
import { navigate } from '../../App.tsx';
import { DueOn, ItemStatusTag } from './ItemStatusTag.tsx';

const optionsOf = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The body's items in every state, newest first, with the filters an officer needs. */
export function ItemList({ bodyId }: { bodyId: string }) {
  const [filters, setFilters] = useState<ItemFilters>({ page: 1 });
  const [items, setItems] = useState<StaffItem[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState('');

  useEffect(() => {
    listStaffItems(bodyId, filters).then(
      (page) => {
        setItems(page.items);
        setTotal(page.total);
        setError('');
      },
      (e: Error) => setError(e.message),
    );
  }, [bodyId, filters]);

  return (
    <>
      <Form
        name="filter"
        layout="inline"
        aria-label="筛选"
        onFinish={(values: ItemFilters) => setFilters({ ...values, page: 1 })}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item label="状态" name="status">
          <Select
            allowClear
            style={{ width: 130 }}
            options={itemStatuses.map((s) => ({ value: s, label: itemStatusLabels[s] }))}
          />
        </Form.Item>
        <Form.Item label="类别" name="kind">
          <Select allowClear style={{ width: 130 }} options={optionsOf(itemKinds)} />
        </Form.Item>
        <Form.Item label="有效性" name="validity">
          <Select allowClear style={{ width: 100 }} options={optionsOf(validities)} />
        </Form.Item>
        <Form.Item label="成文年度" name="year">
          <InputNumber min={2000} max={2100} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item label="关键词" name="q">
          <Input placeholder="标题、文号或索引号" allowClear />
        </Form.Item>
        <Space>
          <Button htmlType="submit">筛选</Button>
        </Space>
      </Form>
      {error && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} />}
      <Table
        rowKey="id"
        dataSource={items}
        scroll={{ x: 1000 }} // a phone scrolls sideways instead of squeezing titles to one character a line
        pagination={{
          current: filters.page ?? 1,
          pageSize: 20,
          total,
          showTotal: (n) => `共 ${n} 条`,
          onChange: (page) => setFilters({ ...filters, page }),
        }}
        columns={[
          { title: '标题', render: (_, i) => <a href={`#/publishing/${i.id}`}>{i.title}</a> },
          { title: '状态', render: (_, i) => <ItemStatusTag status={i.status} /> },
          { title: '索引号', render: (_, i) => i.indexNumber ?? '发布时分配' },
          { title: '公开目录', render: (_, i) => i.catalogueName },
          { title: '成文日期', render: (_, i) => i.madeOn },
          { title: '公开期限', render: (_, i) => <DueOn dueOn={i.dueOn} late={i.late} /> },
          { title: '发布日期', render: (_, i) => i.publishedOn ?? '—' },
          { title: '有效性', render: (_, i) => i.validity ?? '—' },
        ]}
        onRow={(i) => ({ onClick: () => navigate({ page: 'publishing', id: i.id }) })}
      />
    </>
  );
}
