import { useEffect, useState } from 'react';
import { Alert, Card, Space, Spin, Typography } from 'antd';
import { bodiesOversight } from '../api.ts';
import type { Actor, BodyOversight, CheckJob } from '../api.ts';
import { YearPicker, reportYears } from '../components/annual-report/YearPicker.tsx';
import { BodiesOverview } from '../components/supervisor/BodiesOverview.tsx';
import { ReportUpload } from '../components/supervisor/ReportUpload.tsx';
import { CheckJobProgress, useCheckJob } from '../components/supervisor/CheckJobProgress.tsx';
import { CheckFindingsTable } from '../components/supervisor/CheckFindingsTable.tsx';

/** Bodies below, their load and reports; batch checking of published reports. */
export function Supervisor({ actor }: { actor: Actor }) {
  const [year, setYear] = useState(reportYears()[0] as number);
  const [rows, setRows] = useState<BodyOversight[] | null>(null);
  const [error, setError] = useState('');
  const [started, setStarted] = useState<CheckJob | null>(null);
  const { job, error: jobError } = useCheckJob(started);

  useEffect(() => {
    setRows(null);
    setError('');
    bodiesOversight(actor.bodyId, year).then(setRows, (e: Error) => setError(e.message));
  }, [actor.bodyId, year]);

  return (
    <section aria-labelledby="supervisor-title">
      <Typography.Title level={1} style={{ fontSize: 24 }} id="supervisor-title">
        监督检查
      </Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title="下级机关的申请办理与年度报告">
          <YearPicker year={year} onChange={setYear} />
          {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
          {!rows && !error && <Spin />}
          {rows && <BodiesOverview rows={rows} year={year} />}
        </Card>
        <Card title="批量核查已发布的年度报告">
          <ReportUpload onStarted={setStarted} />
          {job && (
            <div style={{ marginTop: 16 }}>
              <CheckJobProgress job={job} error={jobError} />
              <CheckFindingsTable job={job} />
            </div>
          )}
        </Card>
      </Space>
    </section>
  );
}
