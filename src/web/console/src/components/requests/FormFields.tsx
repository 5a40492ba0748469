import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';

/** One form field as data: the forms of the requests pages are lists of these. */
export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'lines' | 'date' | 'number' | 'select';
  /** The message shown when it is left empty; absent: optional. */
  required?: string;
  options?: Array<{ value: string; label: string }>;
  placeholder?: string;
  help?: string;
  /** Filled in when the field appears (e.g. the 提供形式 the applicant asked for). */
  initial?: unknown;
}

/** No ids here: antd gives each control `<form name>_<field>`, the id its label points at. */
function control(spec: FieldSpec) {
  switch (spec.kind) {
    case 'textarea':
    case 'lines':
      return <Input.TextArea rows={spec.kind === 'lines' ? 3 : 2} placeholder={spec.placeholder} />;
    case 'date':
      return <DatePicker style={{ width: '100%', maxWidth: 240 }} />;
    case 'number':
      return <InputNumber min={0} style={{ width: 200 }} />;
    case 'select':
      return <Select options={spec.options ?? []} showSearch optionFilterProp="label" />;
    default:
      return <Input placeholder={spec.placeholder} />;
  }
}

/** The Form.Items of `specs`, each with its label, help and required message. */
export function FormFields({ specs }: { specs: readonly FieldSpec[] }) {
  return (
    <>
      {specs.map((spec) => (
        <Form.Item
          key={spec.name}
          label={spec.label}
          name={spec.name}
          help={spec.help}
          initialValue={spec.initial}
          rules={spec.required ? [{ required: true, message: spec.required }] : []}
        >
          {control(spec)}
        </Form.Item>
      ))}
    </>
  );
}

/** Form values → the API's shapes: dates as YYYY-MM-DD, lines as a list, blanks left out. */
export function payloadOf(
  specs: readonly FieldSpec[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const spec of specs) {
    const value = values[spec.name];
    if (value === undefined || value === null || value === '') continue;
    if (spec.kind === 'date') payload[spec.name] = (value as Dayjs).format('YYYY-MM-DD');
    else if (spec.kind === 'lines') {
      payload[spec.name] = String(value)
        .split(/\n+/)
        .map((line) => line.trim())
        .filter(Boolean);
    } else payload[spec.name] = value;
  }
  return payload;
}
