import { useCallback, useEffect, useState } from 'react';
import { Alert, Card, Select, Space, Statistic, Tabs, Typography } from 'antd';
import { appealsOfYear, complaintsOfYear } from '../api.ts';
import type { Actor, AppealsOfYear, ComplaintsOfYear } from '../api.ts';
import { AppealForm } from '../components/records/AppealForm.tsx';
import { AppealTable } from '../components/records/AppealTable.tsx';
import { Table4Preview } from '../components/records/Table4Preview.tsx';
import { ComplaintForm } from '../components/records/ComplaintForm.tsx';
import { ComplaintTable } from '../components/records/ComplaintTable.tsx';
import { ActivitiesForm } from '../components/records/ActivitiesForm.tsx';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 6 }, (_, i) => thisYear - i);

/** Appeals, complaints and the year's activities: what the 年报 counts besides requests and items. */
export function Records({ actor }: { actor: Actor }) {
  const [year, setYear] = useState(thisYear);
  const [records, setRecords] = useState<AppealsOfYear | null>(null);
  const [complaintList, setComplaintList] = useState<ComplaintsOfYear | null>(null);
  const [error, setError] = useState('');

  const reload = useCallback(() => {
    appealsOfYear(actor.bodyId, year).then(setRecords, (e: Error) => setError(e.message));
    complaintsOfYear(actor.bodyId, year).then(setComplaintList, (e: Error) => setError(e.message));
  }, [actor.bodyId, year]);
  useEffect(reload, [reload]);

  const appeals = (
    <>
      <Card title="登记行政复议 / 行政诉讼" size="small" style={{ marginBottom: 16 }}>
        <AppealForm bodyId={actor.bodyId} year={year} onSaved={reload} />
      </Card>
      <Card title={`${year}年度行政复议、行政诉讼`} size="small" style={{ marginBottom: 16 }}>
        <AppealTable bodyId={actor.bodyId} appeals={records?.appeals ?? []} onChanged={reload} />
      </Card>
      <Card title="表四 政府信息公开行政复议、行政诉讼情况（预览）" size="small">
        {records && <Table4Preview cells={records.cells} />}
      </Card>
    </>
  );
  const complaints = (
    <>
      <Statistic
        title={`${year}年度举报投诉数量`}
        value={records?.complaints ?? 0}
        style={{ marginBottom: 16 }}
      />
      <Card title="登记举报投诉" size="small" style={{ marginBottom: 16 }}>
        <ComplaintForm bodyId={actor.bodyId} year={year} onSaved={reload} />
      </Card>
      <Card title={`${year}年度举报投诉`} size="small">
        <ComplaintTable list={complaintList} />
      </Card>
    </>
  );

  return (
    <section aria-label="复议诉讼与工作记录" data-body={actor.bodyId}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        复议诉讼与工作记录
      </Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="records-year">计入年报的年度</label>
        <Select
          id="records-year"
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
      </Space>
      {error && <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} />}
      <Tabs
        items={[
          { key: 'appeals', label: '行政复议、行政诉讼', children: appeals },
          { key: 'complaints', label: '举报投诉', children: complaints },
          {
            key: 'activities',
            label: '年度工作情况',
            children: <ActivitiesForm bodyId={actor.bodyId} year={year} />,
          },
        ]}
      />
    </section>
  );
}
