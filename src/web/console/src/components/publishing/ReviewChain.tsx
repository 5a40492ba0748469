import { Card, Steps, Timeline } from 'antd';
import type { StaffItemView } from '../../api.ts';

/** The chain every item passes before the public sees it (保密审查 first: Art. 17). */
const chain = [
  { status: 'drafted', title: '起草', who: '公开办工作人员' },
  { status: 'reviewed', title: '保密审查', who: '保密审查员' },
  { status: 'approved', title: '审核批准', who: '机关负责人（三审三校后批准）' },
  { status: 'published', title: '公开发布', who: '公开办或机关负责人' },
] as const;

const trailLabels: Record<string, string> = {
  drafted: '起草',
  returned: '退回修改',
  reviewed: '保密审查通过',
  approved: '批准公开',
  published: '公开发布',
  withdrawn: '撤回或废止',
};

function currentStep(status: string): number {
  if (status === 'withdrawn') return chain.length - 1;
  return Math.max(
    0,
    chain.findIndex((c) => c.status === status),
  );
}

export function ReviewChain({ item }: { item: StaffItemView }) {
  const withdrawn = item.status === 'withdrawn';
  return (
    <Card title="审查流程" style={{ marginTop: 16 }}>
      <Steps
        size="small"
        current={currentStep(item.status)}
        status={withdrawn ? 'error' : item.status === 'published' ? 'finish' : 'process'}
        items={chain.map((c) => ({ title: c.title, description: c.who }))}
        style={{ marginBottom: 24 }}
      />
      <Timeline
        items={item.trail.map((entry) => ({
          children: (
            <span className="trail-entry">
              {entry.at.slice(0, 16).replace('T', ' ')}{' '}
              <strong>{trailLabels[entry.step] ?? entry.step}</strong>（{entry.personName}）
              {entry.comment && `：${entry.comment}`}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
