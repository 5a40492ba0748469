import { Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { concludeAppeal } from '../../api.ts';
import type { AppealRecord } from '../../api.ts';
import { DateField } from '../DateField.tsx';
import { FormError, chosen, isoDate, useApiForm } from '../api-form.tsx';

const concluded = ['结果维持', '结果纠正', '其他结果'].map((o) => ({ value: o, label: o }));

/** Record the decision of the review organ or the judgment once it is known. */
export function ConcludeAppeal(props: {
  bodyId: string;
  appeal: AppealRecord | null;
  onClose: (changed: boolean) => void;
}) {
  const { form, error, busy, onFinish } = useApiForm<{ outcome: string; concludedOn: Dayjs }>(
    async (values, form) => {
      if (!props.appeal) return;
      await concludeAppeal(props.bodyId, props.appeal.id, {
        outcome: values.outcome,
        concludedOn: isoDate(values.concludedOn),
      });
      form.resetFields();
      props.onClose(true);
    },
  );

  return (
    <Modal
      title="登记审结结果"
      open={props.appeal !== null}
      onCancel={() => props.onClose(false)}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form name="conclude" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item label="结果" name="outcome" rules={[chosen('请选择结果')]}>
          <Select options={concluded} />
        </Form.Item>
        <DateField label="审结日期" name="concludedOn" missing="请选择审结日期" />
      </Form>
      <FormError message={error} />
    </Modal>
  );
}
