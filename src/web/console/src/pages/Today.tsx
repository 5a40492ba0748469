import { useEffect, useRef, useState } from 'react';
import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import { calendarCoverage, listRequests } from '../api.ts';
import type { Actor, RequestListEntry } from '../api.ts';
import { navigate } from '../App.tsx';

interface Buckets {
  overdue: number;
  dueSoon: number;
  thisWeek: number;
  open: number;
}

/** Urgency from the deadline the server computed (overdue is computed, never stored). */
export function urgencyBuckets(entries: RequestListEntry[]): Buckets {
  const open = entries.filter((e) => !e.request.closedOn && e.deadline);
  return {
    overdue: open.filter((e) => e.deadline!.overdue).length,
    dueSoon: open.filter((e) => !e.deadline!.overdue && e.deadline!.workingDaysRemaining <= 3).length,
    thisWeek: open.filter((e) => !e.deadline!.overdue && e.deadline!.workingDaysRemaining <= 5).length,
    open: open.length,
  };
}

export function Today({ actor }: { actor: Actor }) {
  const [entries, setEntries] = useState<RequestListEntry[] | null>(null);
  const [error, setError] = useState('');
  const chartRef = useRef<HTMLDivElement>(null);

  const [calendarWarning, setCalendarWarning] = useState<string | null>(null);
  useEffect(() => {
    // A missing next year is advice, not an error of this page: a failed check shows nothing.
    calendarCoverage().then(
      (c) => setCalendarWarning(c.warning),
      () => setCalendarWarning(null),
    );
  }, []);

  useEffect(() => {
    listRequests(actor.bodyId).then(
      (r) => setEntries(r.items),
      (e: Error) => setError(e.message),
    );
  }, [actor.bodyId]);

  const buckets = entries ? urgencyBuckets(entries) : null;
  useEffect(() => {
    if (!buckets) return;
    // The cards show at once; the chart library (its own chunk) follows on a slow link.
    let chart: { dispose(): void } | undefined;
    let gone = false;
    void import('../components/echarts.ts').then(({ echarts }) => {
      if (gone || !chartRef.current) return;
      const drawn = echarts.init(chartRef.current, null, { renderer: 'svg' });
      chart = drawn;
      drawn.setOption({
        aria: { enabled: true },
        grid: { left: 80, right: 24, top: 16, bottom: 24 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: ['已超期', '3个工作日内到期', '5个工作日内到期', '办理中'] },
        series: [
          {
            type: 'bar',
            data: [buckets.overdue, buckets.dueSoon, buckets.thisWeek, buckets.open],
            itemStyle: { color: '#a8071a' },
            label: { show: true, position: 'right' },
          },
        ],
      });
    });
    return () => {
      gone = true;
      chart?.dispose();
    };
  }, [buckets?.overdue, buckets?.dueSoon, buckets?.thisWeek, buckets?.open]);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        今日待办
      </Typography.Title>
      {calendarWarning && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="工作日历需要更新"
          description={
            <>
              <p style={{ margin: 0 }}>{calendarWarning}</p>
              <p style={{ margin: '8px 0 0' }}>
                在此之前，跨入新一年的答复期限系统无法计算，请人工核算。请系统管理员在通知发布后执行
                <Typography.Text code>gongkai calendar import 文件</Typography.Text>
                导入（导入到 GONGKAI_CALENDAR_DIR 所指目录），系统在一分钟内自动生效，无需重启。
              </p>
            </>
          }
        />
      )}
      {error && <Alert type="error" message={error} showIcon />}
      {buckets && (
        <>
          <Row gutter={16}>
            {(
              [
                ['已超期', buckets.overdue],
                ['3个工作日内到期', buckets.dueSoon],
                ['本周到期', buckets.thisWeek],
                ['办理中的申请', buckets.open],
              ] as const
            ).map(([title, value]) => (
              <Col xs={12} md={6} key={title}>
                <Card hoverable onClick={() => navigate({ page: 'requests' })}>
                  <Statistic title={title} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card title="申请办理期限分布" style={{ marginTop: 16 }}>
            <div
              ref={chartRef}
              style={{ height: 220 }}
              role="img"
              aria-label="按期限紧急程度统计的申请数量"
            />
          </Card>
        </>
      )}
    </>
  );
}
