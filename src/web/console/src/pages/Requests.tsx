import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Table, Tag, Typography, message } from 'antd';
import type dayjs from 'dayjs';
import { listRequests, logRequest, vocabulary } from '../api.ts';
import type { Actor, RequestListEntry, Vocabulary } from '../api.ts';
import { navigate } from '../App.tsx';

const deliveryForms = ['纸质', '电子邮件', '光盘', '磁盘', '其他'];
const idTypes = ['居民身份证', '护照', '统一社会信用代码', '其他'];

export function Requests({ actor }: { actor: Actor }) {
  const [entries, setEntries] = useState<RequestListEntry[]>([]);
  const [words, setWords] = useState<Vocabulary | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const [form] = Form.useForm();

  const reload = useCallback(() => {
    listRequests(actor.bodyId).then(
      (r) => setEntries(r.items),
      (e: Error) => setError(e.message),
    );
  }, [actor.bodyId]);
  useEffect(() => {
    reload();
    vocabulary().then(setWords, (e: Error) => setError(e.message));
  }, [reload]);

  const submit = async (values: Record<string, unknown>) => {
    setError('');
    try {
      const receipt = await logRequest(actor.bodyId, {
        channel: values.channel,
        receiptDate: (values.receiptDate as dayjs.Dayjs).format('YYYY-MM-DD'),
        applicantType: values.applicantType,
        applicant: {
          name: values.name,
          idType: values.idType,
          idNumber: values.idNumber,
          phone: values.phone || undefined,
          address: values.address || undefined,
          organisation: values.organisation || undefined,
        },
        description: values.description,
        deliveryForm: values.deliveryForm,
      });
      message.success(`已登记，申请编号 ${receipt.trackingNumber}，答复期限 ${receipt.dueDate ?? '待定'}`);
      setOpen(false);
      form.resetFields();
      navigate({ page: 'requests', id: receipt.requestId });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        依申请公开
      </Typography.Title>
      <Button type="primary" onClick={() => setOpen(true)} style={{ marginBottom: 16 }}>
        登记纸质 / 信函 / 传真申请
      </Button>
      {error && !open && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} />}
      <Table
        rowKey={(e) => e.request.id}
        dataSource={entries}
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
          {
            title: '答复期限',
            render: (_, e) =>
              e.deadline ? (
                <span title={e.deadline.explanation}>
                  {e.deadline.dueDate}{' '}
                  {e.deadline.overdue ? (
                    <Tag color="red">已超期</Tag>
                  ) : (
                    <Tag>{e.deadline.timelinessLabel}</Tag>
                  )}
                </span>
              ) : (
                '—'
              ),
          },
          { title: '所需信息', render: (_, e) => e.request.description.slice(0, 40) },
        ]}
      />
      <Modal
        title="登记申请"
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText="登记"
        width={640}
      >
        {error && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            channel: 'post',
            idType: '居民身份证',
            applicantType: '自然人',
            deliveryForm: '纸质',
          }}
        >
          <Form.Item label="申请渠道" name="channel" rules={[{ required: true }]}>
            <Select id="channel" options={words?.channels.filter((c) => c.value !== 'online') ?? []} />
          </Form.Item>
          <Form.Item
            label="收到申请日期（信函以签收之日为准）"
            name="receiptDate"
            rules={[{ required: true, message: '请选择收到申请日期' }]}
          >
            <DatePicker id="receiptDate" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="申请人类型" name="applicantType" rules={[{ required: true }]}>
            <Select id="applicantType" options={words?.applicantTypes ?? []} />
          </Form.Item>
          <Form.Item
            label="申请人姓名（名称）"
            name="name"
            rules={[{ required: true, message: '请填写申请人姓名' }]}
          >
            <Input id="name" />
          </Form.Item>
          <Form.Item label="单位名称（法人或其他组织）" name="organisation">
            <Input id="organisation" />
          </Form.Item>
          <Form.Item label="证件类型" name="idType">
            <Select id="idType" options={idTypes.map((t) => ({ value: t, label: t }))} />
          </Form.Item>
          <Form.Item label="证件号码" name="idNumber" rules={[{ required: true, message: '请填写证件号码' }]}>
            <Input id="idNumber" />
          </Form.Item>
          <Form.Item label="联系电话" name="phone">
            <Input id="phone" />
          </Form.Item>
          <Form.Item label="通信地址" name="address">
            <Input id="address" />
          </Form.Item>
          <Form.Item
            label="所需信息描述"
            name="description"
            rules={[{ required: true, message: '请填写所需信息' }]}
          >
            <Input.TextArea id="description" rows={3} />
          </Form.Item>
          <Form.Item label="提供形式" name="deliveryForm">
            <Select id="deliveryForm" options={deliveryForms.map((t) => ({ value: t, label: t }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
