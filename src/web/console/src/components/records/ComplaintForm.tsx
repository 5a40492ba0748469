import { Button, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { recordComplaint } from '../../api.ts';
import { DateField } from '../DateField.tsx';
import { FormError, isoDate, useApiForm } from '../api-form.tsx';

interface ComplaintValues {
  receivedOn: Dayjs;
  summary: string;
  resolution?: string;
}

/** 举报投诉 about the body's disclosure work (统计表 item 六 counts them). */
export function ComplaintForm({
  bodyId,
  year,
  onSaved,
}: {
  bodyId: string;
  year: number;
  onSaved: () => void;
}) {
  const { form, error, busy, onFinish } = useApiForm<ComplaintValues>(async (values, form) => {
    await recordComplaint(bodyId, {
      receivedOn: isoDate(values.receivedOn),
      year,
      summary: values.summary,
      resolution: values.resolution || null,
    });
    form.resetFields();
    onSaved();
  });

  return (
    <Form name="complaint" form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 640 }}>
      <DateField label="收到日期" name="receivedOn" missing="请选择收到日期" />
      <Form.Item
        label="举报投诉内容"
        name="summary"
        rules={[{ required: true, message: '请填写举报投诉的简要内容' }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item label="处理结果" name="resolution">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <FormError message={error} />
      <Button type="primary" htmlType="submit" loading={busy} id="complaint-save">
        登记举报投诉
      </Button>
    </Form>
  );
}
