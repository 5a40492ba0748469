import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Timeline,
  Typography,
} from 'antd';
import type dayjs from 'dayjs';
import { getRequest, requestAction, vocabulary } from '../api.ts';
import type { Actor, RequestView, Vocabulary } from '../api.ts';

type ActionType = 'correction-requested' | 'corrected' | 'decided' | 'delivered';

const actionLabels: Record<ActionType, string> = {
  'correction-requested': '发出补正告知',
  corrected: '收到补正材料',
  decided: '作出答复',
  delivered: '记录送达',
};

/** One request: its deadline and how it was computed, the timeline, and the next steps. */
export function RequestDetail({ actor, requestId }: { actor: Actor; requestId: string }) {
  const [view, setView] = useState<RequestView | null>(null);
  const [words, setWords] = useState<Vocabulary | null>(null);
  const [action, setAction] = useState<ActionType>('decided');
  const [error, setError] = useState('');
  const [form] = Form.useForm();

  const reload = useCallback(() => {
    getRequest(actor.bodyId, requestId).then(setView, (e: Error) => setError(e.message));
  }, [actor.bodyId, requestId]);
  useEffect(() => {
    reload();
    vocabulary().then(setWords, (e: Error) => setError(e.message));
  }, [reload]);

  const submit = async (values: Record<string, unknown>) => {
    setError('');
    const on = values.on ? (values.on as dayjs.Dayjs).format('YYYY-MM-DD') : undefined;
    const command: Record<string, unknown> = { type: action, on };
    if (action === 'correction-requested') {
      command.items = String(values.items ?? '')
        .split(/\n+/)
        .map((s) => s.trim())
        .filter(Boolean);
      command.correctBy = values.correctBy
        ? (values.correctBy as dayjs.Dayjs).format('YYYY-MM-DD')
        : undefined;
    }
    if (action === 'decided') {
      command.decision = {
        kind: values.kind,
        ground: values.ground || undefined,
        article: values.article || undefined,
      };
    }
    if (action === 'delivered') {
      command.method = values.method;
      command.receipt = values.receipt || undefined;
    }
    try {
      setView(await requestAction(actor.bodyId, requestId, command));
      form.resetFields();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!view) return error ? <Alert type="error" message={error} showIcon /> : null;
  const r = view.request;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        申请 {r.trackingNumber}
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="状态">
          <span id="request-status">{view.statusLabel}</span>
        </Descriptions.Item>
        <Descriptions.Item label="收到申请日期">{r.receiptDate}</Descriptions.Item>
        <Descriptions.Item label="答复期限">
          <span id="due-date">{view.deadline?.dueDate ?? '—'}</span>
          {view.deadline?.promisedDueDate ? `（承诺 ${view.deadline.promisedDueDate}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="办理结果">
          <span id="outcome">{view.outcomeLabel ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label="期限如何计算" span={2}>
          <span id="deadline-explanation">{view.deadline?.explanation ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label="申请人">{view.applicant?.name ?? '（无权查看）'}</Descriptions.Item>
        <Descriptions.Item label="所需信息">{r.description}</Descriptions.Item>
      </Descriptions>
      <Card title="办理过程" style={{ marginTop: 16 }}>
        <Timeline
          items={view.steps.map((s) => ({
            children: (
              <span>
                {s.on} <strong>{s.label}</strong> {s.text}（{s.actor}）
              </span>
            ),
          }))}
        />
      </Card>
      {!r.closedOn && (
        <Card title="办理" style={{ marginTop: 16 }}>
          {error && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} />}
          <Space style={{ marginBottom: 16 }} wrap>
            {(Object.keys(actionLabels) as ActionType[]).map((a) => (
              <Button key={a} type={a === action ? 'primary' : 'default'} onClick={() => setAction(a)}>
                {actionLabels[a]}
              </Button>
            ))}
          </Space>
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item label="日期" name="on">
              <DatePicker id="action-on" />
            </Form.Item>
            {action === 'correction-requested' && (
              <>
                <Form.Item
                  label="需要补正的事项（每行一项）"
                  name="items"
                  rules={[{ required: true, message: '请列明补正事项' }]}
                >
                  <Input.TextArea id="correction-items" rows={3} />
                </Form.Item>
                <Form.Item
                  label="补正期限"
                  name="correctBy"
                  rules={[{ required: true, message: '请选择补正期限' }]}
                >
                  <DatePicker id="correct-by" />
                </Form.Item>
              </>
            )}
            {action === 'decided' && (
              <>
                <Form.Item
                  label="答复类型（对应年报表三）"
                  name="kind"
                  rules={[{ required: true, message: '请选择答复类型' }]}
                >
                  <Select
                    id="decision-kind"
                    options={words?.decisionKinds ?? []}
                    showSearch
                    optionFilterProp="label"
                  />
                </Form.Item>
                <Form.Item label="理由" name="ground">
                  <Input.TextArea id="decision-ground" rows={2} />
                </Form.Item>
                <Form.Item label="依据条款" name="article">
                  <Input id="decision-article" placeholder="如：第十五条" />
                </Form.Item>
              </>
            )}
            {action === 'delivered' && (
              <>
                <Form.Item
                  label="送达方式"
                  name="method"
                  rules={[{ required: true, message: '请填写送达方式' }]}
                >
                  <Input id="delivery-method" />
                </Form.Item>
                <Form.Item label="送达回执" name="receipt">
                  <Input id="delivery-receipt" />
                </Form.Item>
              </>
            )}
            <Button type="primary" htmlType="submit" id="action-submit">
              {actionLabels[action]}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}
