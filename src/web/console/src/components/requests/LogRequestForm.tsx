import { useState } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import { logRequest } from '../../api.ts';
import type { Vocabulary } from '../../api.ts';
import { navigate } from '../../App.tsx';
import { FormFields, payloadOf, type FieldSpec } from './FormFields.tsx';

const choices = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const APPLICANT_FIELDS = ['name', 'organisation', 'idType', 'idNumber', 'phone', 'email', 'address'];

function logFields(words: Vocabulary | null): FieldSpec[] {
  return [
    {
      name: 'channel',
      label: '申请渠道',
      kind: 'select',
      required: '请选择申请渠道',
      options: words?.channels.filter((c) => c.value !== 'online') ?? [],
    },
    {
      name: 'receiptDate',
      label: '收到申请日期（信函以签收之日为准，条例第三十一条）',
      kind: 'date',
      required: '请选择收到申请日期',
    },
    { name: 'applicantType', label: '申请人类型', kind: 'select', options: words?.applicantTypes ?? [] },
    { name: 'name', label: '申请人姓名（名称）', kind: 'text', required: '请填写申请人姓名' },
    { name: 'organisation', label: '单位名称（法人或其他组织）', kind: 'text' },
    {
      name: 'idType',
      label: '证件类型',
      kind: 'select',
      options: choices(['居民身份证', '护照', '统一社会信用代码', '其他']),
    },
    { name: 'idNumber', label: '证件号码', kind: 'text', required: '请填写证件号码' },
    { name: 'phone', label: '联系电话', kind: 'text' },
    { name: 'email', label: '电子邮箱', kind: 'text' },
    { name: 'address', label: '通信地址', kind: 'text' },
    { name: 'description', label: '所需信息描述', kind: 'textarea', required: '请填写所需信息' },
    {
      name: 'deliveryForm',
      label: '提供形式',
      kind: 'select',
      options: choices(['纸质', '电子邮件', '光盘', '磁盘', '其他']),
    },
  ];
}

/** 登记 a request that came on paper, by letter, fax or in person, with its Art. 31 receipt date. */
export function LogRequestForm({
  bodyId,
  words,
  open,
  onClose,
}: {
  bodyId: string;
  words: Vocabulary | null;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState('');
  const specs = logFields(words);

  const submit = async (values: Record<string, unknown>) => {
    setError('');
    const payload = payloadOf(specs, values);
    const applicant = Object.fromEntries(
      APPLICANT_FIELDS.filter((f) => f in payload).map((f) => [f, payload[f]]),
    );
    const rest = Object.fromEntries(Object.entries(payload).filter(([f]) => !APPLICANT_FIELDS.includes(f)));
    try {
      const receipt = await logRequest(bodyId, { ...rest, applicant });
      message.success(`已登记，申请编号 ${receipt.trackingNumber}，答复期限 ${receipt.dueDate ?? '待定'}`);
      form.resetFields();
      onClose();
      navigate({ page: 'requests', id: receipt.requestId });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal
      title="登记申请"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="登记"
      width={640}
    >
      {error && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="log"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          channel: 'post',
          idType: '居民身份证',
          applicantType: '自然人',
          deliveryForm: '纸质',
        }}
      >
        <FormFields specs={specs} />
      </Form>
    </Modal>
  );
}
