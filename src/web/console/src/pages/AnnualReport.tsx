import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Space, Spin, Steps, Typography } from 'antd';
import { reportDraft } from '../api.ts';
import type { Actor, ReportDraft } from '../api.ts';
import { YearPicker, reportYears } from '../components/annual-report/YearPicker.tsx';
import { ReportTables } from '../components/annual-report/ReportTables.tsx';
import { ProseEditor } from '../components/annual-report/ProseEditor.tsx';
import { CheckResults } from '../components/annual-report/CheckResults.tsx';
import { ReportPreview } from '../components/annual-report/ReportPreview.tsx';
import { PublishStep } from '../components/annual-report/PublishStep.tsx';

const STEPS = ['选择年度', '统计表', '报告正文', '检查结果', '预览', '发布'] as const;

/** The annual report wizard: year → tables → prose → checks → preview → publish. */
export function AnnualReport({ actor }: { actor: Actor }) {
  const [year, setYear] = useState(reportYears()[0] as number);
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [error, setError] = useState('');
  const [overrideReason, setOverrideReason] = useState('');

  const load = useCallback(() => {
    setError('');
    return reportDraft(actor.bodyId, year).then(setDraft, (e: Error) => setError(e.message));
  }, [actor.bodyId, year]);

  // The draft is computed once the year is chosen, and again when the year changes.
  const started = step > 0;
  useEffect(() => {
    setDraft(null);
    if (started) void load();
  }, [load, started]);

  const errors = draft?.findings.filter((f) => f.severity === 'error').length ?? 0;
  const body = () => {
    if (step === 0)
      return (
        <Space direction="vertical">
          <YearPicker year={year} onChange={setYear} />
          <Typography.Text type="secondary">
            表格由本机关的申请、复议诉讼和主动公开记录实时计算，发布前可随时重新生成。
          </Typography.Text>
        </Space>
      );
    if (error) return <Alert type="error" showIcon message={error} />;
    if (!draft) return <Spin />;
    if (step === 1) return <ReportTables draft={draft} bodyId={actor.bodyId} />;
    if (step === 2) return <ProseEditor draft={draft} bodyId={actor.bodyId} onSaved={() => void load()} />;
    if (step === 3)
      return (
        <CheckResults draft={draft} overrideReason={overrideReason} onOverrideReason={setOverrideReason} />
      );
    if (step === 4) return <ReportPreview bodyId={actor.bodyId} year={year} />;
    return (
      <PublishStep
        draft={draft}
        bodyId={actor.bodyId}
        overrideReason={overrideReason}
        onPublished={() => void load()}
      />
    );
  };

  return (
    <section aria-labelledby="annual-report-title">
      <Typography.Title level={1} style={{ fontSize: 24 }} id="annual-report-title">
        {year}年政府信息公开工作年度报告
      </Typography.Title>
      <Steps
        current={step}
        size="small"
        responsive
        onChange={setStep}
        items={STEPS.map((title, i) => ({
          title,
          status: i === 3 && draft && step >= 3 && errors > 0 ? 'error' : undefined,
        }))}
        style={{ marginBottom: 16 }}
      />
      {draft && draft.versions.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`已发布第${draft.versions.length}版（${draft.versions.at(-1)?.publishedOn}）；再次发布即为更正版`}
        />
      )}
      <Card>{body()}</Card>
      <Space style={{ marginTop: 16 }}>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>上一步</Button>}
        {step < STEPS.length - 1 && (
          <Button type="primary" id="wizard-next" onClick={() => setStep(step + 1)}>
            下一步：{STEPS[step + 1]}
          </Button>
        )}
      </Space>
    </section>
  );
}
