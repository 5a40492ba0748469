import { useState } from 'react';
import { Alert, Form } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { ApiError } from '../api.ts';

/**
 * Shows an API refusal where it belongs: next to the field it names (`ApiError.field`) when the
 * form has that field, otherwise as the form's general message. Returns the general message.
 */
export function apiErrorMessage(form: FormInstance, error: unknown): string {
  const message = error instanceof Error ? error.message : '操作失败';
  const field = error instanceof ApiError ? error.field : undefined;
  if (field && field in form.getFieldsValue()) {
    form.setFields([{ name: field, errors: [message] }]);
    form.scrollToField(field);
    return '';
  }
  return message;
}

/**
 * A form whose submission goes to the API: `submit` runs with the values, a refusal lands next to
 * its field or in `error`, `busy` is true meanwhile.
 */
export function useApiForm<V extends object>(submit: (values: V, form: FormInstance<V>) => Promise<void>) {
  const [form] = Form.useForm<V>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const onFinish = async (values: V) => {
    setError('');
    setBusy(true);
    try {
      await submit(values, form);
    } catch (e) {
      setError(apiErrorMessage(form, e));
    } finally {
      setBusy(false);
    }
  };
  return { form, error, busy, onFinish };
}

/** The form's general error (one not tied to a field). */
export function FormError({ message }: { message: string }) {
  return message ? <Alert type="error" message={message} showIcon style={{ marginBottom: 16 }} /> : null;
}

/** antd DatePicker values → the API's YYYY-MM-DD (absent stays absent). */
export function isoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/**
 * "Pick one" for antd Selects: `required: true` would put aria-required on the Select's wrapper
 * div, which axe reports (aria-allowed-attr); a validator says the same without it.
 */
export function chosen(message: string) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') throw new Error(message);
    },
  };
}
