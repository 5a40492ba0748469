import { DatePicker, Form } from 'antd';

/** A required date in a form: label, field name and the message shown when it is left empty. */
export function DateField({ label, name, missing }: { label: string; name: string; missing: string }) {
  return (
    <Form.Item label={label} name={name} rules={[{ required: true, message: missing }]}>
      <DatePicker />
    </Form.Item>
  );
}
