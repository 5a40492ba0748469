import { Typography } from 'antd';
import type { Actor } from '../api.ts';

/** Appeals, complaints and the year's activities. */
export function Records({ actor }: { actor: Actor }) {
  return (
    <section aria-label="复议诉讼与工作记录" data-body={actor.bodyId}>
      <Typography.Title level={2}>复议诉讼与工作记录</Typography.Title>
    </section>
  );
}
