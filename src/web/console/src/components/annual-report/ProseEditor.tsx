import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { saveReportProse } from '../../api.ts';
import type { ReportDraft, ReportProse } from '../../api.ts';

/** The two sections after 总体情况, with the server's own messages when left empty (proseSchema). */
const closingSections = [
  {
    name: 'problems',
    label: '存在的主要问题及改进情况',
    message: '请填写“存在的主要问题及改进情况”',
    rows: 3,
  },
  {
    name: 'otherMatters',
    label: '其他需要报告的事项',
    message: '请填写“其他需要报告的事项”（没有可写“无”）',
    rows: 2,
  },
] as const;

/** Step 3: the generated prose, editable; saving re-runs the checks (N-TABLE reads the figures typed). */
export function ProseEditor({
  draft,
  bodyId,
  onSaved,
}: {
  draft: ReportDraft;
  bodyId: string;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<ReportProse>();
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const { prose, year } = draft.document;

  const save = async (values: ReportProse) => {
    setSaving(true);
    setError('');
    try {
      const overview = prose.overview.map((p, i) => ({
        heading: p.heading,
        text: values.overview[i]?.text ?? p.text,
      }));
      await saveReportProse(bodyId, year, { ...values, overview });
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={prose} onFinish={save} id="prose-form">
      <Typography.Paragraph type="secondary">
        {draft.proseEdited ? '这是已保存的修改稿。' : '这是按统计数据自动生成的草稿，可直接修改。'}
        正文中写到的数字会与表格核对。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {prose.overview.map((p, i) => (
        <Form.Item
          key={i}
          name={['overview', i, 'text']}
          label={`一、总体情况${p.heading ? `：${p.heading}` : `（第${i + 1}段）`}`}
          rules={[{ required: true, whitespace: true, message: '段落内容不能为空' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
        </Form.Item>
      ))}
      {closingSections.map(({ name, label, message, rows }) => (
        <Form.Item
          key={name}
          name={name}
          label={label}
          rules={[{ required: true, whitespace: true, message }]}
        >
          <Input.TextArea autoSize={{ minRows: rows, maxRows: 12 }} />
        </Form.Item>
      ))}
      <Button htmlType="submit" loading={saving} id="save-prose">
        保存正文并重新检查
      </Button>
    </Form>
  );
}
