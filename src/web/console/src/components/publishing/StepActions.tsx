import { useState } from 'react';
import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { takeItemStep } from '../../api.ts';
import type { NextItemStep, StaffItemView } from '../../api.ts';

/** The buttons for the steps the signed-in person may take now, with the comment they leave. */
export function StepActions({
  bodyId,
  item,
  onDone,
}: {
  bodyId: string;
  item: StaffItemView;
  onDone: () => void;
}) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState('');

  if (item.nextSteps.length === 0) {
    return (
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        当前没有需要您办理的审查步骤。
      </Typography.Paragraph>
    );
  }

  const take = async (next: NextItemStep) => {
    setError('');
    setBusy(next.step);
    try {
      await takeItemStep(bodyId, item.id, next.step, comment);
      setComment('');
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy('');
    }
  };

  return (
    <Card title="办理" style={{ marginTop: 16 }}>
      <Form layout="vertical">
        <Form.Item
          label="审查意见（退回、撤回须填写理由）"
          validateStatus={error ? 'error' : undefined}
          help={error || undefined}
          htmlFor="step-comment"
        >
          <Input.TextArea
            id="step-comment"
            rows={3}
            maxLength={1000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </Form.Item>
        <Space wrap>
          {item.nextSteps.map((next) => (
            <Button
              key={next.step}
              data-step={next.step}
              type={next.commentRequired ? 'default' : 'primary'}
              danger={next.commentRequired}
              loading={busy === next.step}
              disabled={next.commentRequired && !comment.trim()}
              onClick={() => void take(next)}
            >
              {next.label}
            </Button>
          ))}
        </Space>
      </Form>
    </Card>
  );
}
