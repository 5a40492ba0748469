import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Form, InputNumber, Row, message } from 'antd';
import { activitiesOfYear, saveActivities } from '../../api.ts';
import { FormError, useApiForm } from '../api-form.tsx';
import { activitySections } from './labels.ts';

type Figures = Record<string, number | null>;

/** The year's work figures (staff, 查阅点, funds, meetings, trainings, 回应解读), saved as one return. */
export function ActivitiesForm({ bodyId, year }: { bodyId: string; year: number }) {
  const [state, setState] = useState<'loading' | 'saved' | 'empty'>('loading');
  const [loadError, setLoadError] = useState('');
  const { form, error, busy, onFinish } = useApiForm<Figures>(async (values, form) => {
    // a blank box is a zero in the 统计表
    const figures = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? 0]));
    form.setFieldsValue(await saveActivities(bodyId, year, figures));
    setState('saved');
    message.success(`${year}年度工作情况已保存`);
  });

  useEffect(() => {
    form.resetFields();
    activitiesOfYear(bodyId, year).then(
      (figures) => {
        if (figures) form.setFieldsValue(figures);
        setState(figures ? 'saved' : 'empty');
      },
      (e: Error) => setLoadError(e.message),
    );
  }, [bodyId, year, form]);

  return (
    <Form name="activity" form={form} layout="vertical" onFinish={onFinish}>
      {state === 'empty' && (
        <Alert
          type="info"
          showIcon
          message={`${year}年度尚未填报，未填的项目按0计`}
          style={{ marginBottom: 16 }}
        />
      )}
      <FormError message={loadError} />
      {activitySections.map((section) => (
        <Card key={section.title} title={section.title} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            {section.fields.map(({ field, label, step }) => (
              <Col key={field} xs={24} md={12} xl={8}>
                <Form.Item label={label} name={field}>
                  <InputNumber min={0} step={step ?? 1} precision={step ? 2 : 0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
      ))}
      <FormError message={error} />
      <Button type="primary" htmlType="submit" loading={busy} id="activities-save">
        保存年度工作情况
      </Button>
    </Form>
  );
}
