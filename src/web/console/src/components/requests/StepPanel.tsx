import { useState } from 'react';
import { Alert, App, Button, Card, Form, Space } from 'antd';
import type { FormInstance } from 'antd';
import { ApiError } from '../../api.ts';
import type { Actor, Vocabulary } from '../../api.ts';
import { FormFields, payloadOf } from './FormFields.tsx';
import { STEP_ACTIONS, type StepAction } from './step-actions.ts';
import { takeRequestStep, type StaffRequestView } from './requests-api.ts';

function holds(actor: Actor, role: StepAction['role']): boolean {
  return actor.roles.some((r) => r.bodyId === actor.bodyId && r.role === role);
}

/** A refusal next to its field when the form has it (`decision.ground` → ground), else on top. */
function showRefusal(form: FormInstance, error: unknown): string {
  const message = error instanceof Error ? error.message : '操作失败';
  const field = error instanceof ApiError ? error.field?.split('.').at(-1) : undefined;
  if (field && field in form.getFieldsValue()) {
    form.setFields([{ name: field, errors: [message] }]);
    return '';
  }
  return message;
}

/** The next steps the lifecycle allows and the actor's role may take, each with its form. */
export function StepPanel({
  actor,
  view,
  words,
  onChange,
}: {
  actor: Actor;
  view: StaffRequestView;
  words: Vocabulary | null;
  onChange: (view: StaffRequestView) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [chosen, setChosen] = useState<string | undefined>();
  const [error, setError] = useState('');
  const decisionKind = Form.useWatch('kind', form) as string | undefined;
  const allowed = view.nextSteps
    .map((type) => STEP_ACTIONS.get(type))
    .filter((a): a is StepAction => a !== undefined && holds(actor, a.role));
  // No step is preselected: after one is recorded the officer picks the next, so a second click
  // or an Enter never records a step nobody chose.
  const action = allowed.find((a) => a.type === chosen);
  if (allowed.length === 0) return null;
  const specs = action?.fields({ words, decisionKind, deliveryForm: view.request.deliveryForm }) ?? [];

  const choose = (type: string) => {
    setChosen(type);
    setError('');
    form.resetFields();
  };
  const submit = async (values: Record<string, unknown>) => {
    if (!action) return;
    setError('');
    const payload = payloadOf(specs, values);
    const command = action.command ? action.command(payload) : payload;
    try {
      onChange(await takeRequestStep(actor.bodyId, view.request.id, { type: action.type, ...command }));
      message.success(`已记录：${action.label}`);
      setChosen(undefined);
      form.resetFields();
    } catch (e) {
      setError(showRefusal(form, e));
    }
  };

  return (
    <Card title="办理" style={{ marginTop: 16 }}>
      {error && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} />}
      <Space style={{ marginBottom: 16 }} wrap role="group" aria-label="可以进行的办理环节">
        {allowed.map((a) => (
          <Button key={a.type} type={a === action ? 'primary' : 'default'} onClick={() => choose(a.type)}>
            {a.label}
          </Button>
        ))}
      </Space>
      <Form form={form} name="step" layout="vertical" onFinish={submit} key={action?.type}>
        {action && (
          <>
            <FormFields specs={specs} />
            <Button type="primary" htmlType="submit" id="step-submit">
              确认：{action.label}
            </Button>
          </>
        )}
      </Form>
    </Card>
  );
}
