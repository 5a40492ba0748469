import { Button, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { appealKinds, appealOutcomes, recordAppeal } from '../../api.ts';
import { DateField } from '../DateField.tsx';
import { FormError, chosen, isoDate, useApiForm } from '../api-form.tsx';
import { appealKindLabel } from './labels.ts';
import { RequestPicker } from './RequestPicker.tsx';

interface AppealValues {
  kind: string;
  requestId?: string | null;
  filedOn: Dayjs;
  caseNumber?: string;
  outcome: string;
  concludedOn?: Dayjs;
  note?: string;
}

/** Enter one 行政复议 or 行政诉讼 about the body's disclosure work; it counts in 表四 of its year. */
export function AppealForm({ bodyId, year, onSaved }: { bodyId: string; year: number; onSaved: () => void }) {
  const { form, error, busy, onFinish } = useApiForm<AppealValues>(async (values, form) => {
    await recordAppeal(bodyId, {
      kind: values.kind,
      requestId: values.requestId || null,
      filedOn: isoDate(values.filedOn),
      year,
      caseNumber: values.caseNumber || null,
      outcome: values.outcome,
      concludedOn: values.outcome === '尚未审结' ? null : isoDate(values.concludedOn),
      note: values.note || null,
    });
    form.resetFields();
    onSaved();
  });
  const outcome = Form.useWatch('outcome', form);

  return (
    <Form
      name="appeal"
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ kind: '行政复议', outcome: '尚未审结' }}
      style={{ maxWidth: 640 }}
    >
      <Form.Item label="类型" name="kind" rules={[chosen('请选择类型')]}>
        <Select options={appealKinds.map((k) => ({ value: k, label: appealKindLabel(k) }))} />
      </Form.Item>
      <Form.Item
        label="关联的依申请公开申请"
        name="requestId"
        extra="对某一申请的答复不服而提起的，请选择该申请"
      >
        <RequestPicker bodyId={bodyId} />
      </Form.Item>
      <DateField label="申请复议（起诉）日期" name="filedOn" missing="请选择申请复议或起诉的日期" />
      <Form.Item label="案号" name="caseNumber">
        <Input maxLength={100} placeholder="如：蛟政复〔2025〕3号" />
      </Form.Item>
      <Form.Item label="结果" name="outcome" rules={[chosen('请选择结果')]}>
        <Select options={appealOutcomes.map((o) => ({ value: o, label: o }))} />
      </Form.Item>
      {outcome && outcome !== '尚未审结' && (
        <DateField label="审结日期" name="concludedOn" missing="请选择审结日期" />
      )}
      <Form.Item label="备注（复议机关、争议事项等）" name="note">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <FormError message={error} />
      <Button type="primary" htmlType="submit" loading={busy} id="appeal-save">
        登记
      </Button>
    </Form>
  );
}
