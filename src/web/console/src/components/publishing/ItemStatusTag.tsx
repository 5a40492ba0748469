import { Tag } from 'antd';
import { itemStatusLabels } from '../../api.ts';
import type { ItemStatus } from '../../api.ts';

// Preset colours whose text keeps 4.5:1 contrast on their own background (WCAG 1.4.3).
const colours: Record<ItemStatus, string | undefined> = {
  drafted: undefined,
  reviewed: 'blue',
  approved: 'purple',
  published: 'geekblue',
  withdrawn: 'red',
};

export function ItemStatusTag({ status }: { status: string }) {
  const known = status in itemStatusLabels ? (status as ItemStatus) : undefined;
  return <Tag color={known ? colours[known] : undefined}>{known ? itemStatusLabels[known] : status}</Tag>;
}

/** Art. 26: published within 20 working days of being made; late items are flagged. */
export function DueOn({ dueOn, late }: { dueOn: string; late: boolean }) {
  return (
    <span>
      {dueOn} {late && <Tag color="red">已超期</Tag>}
    </span>
  );
}
