import { Typography } from 'antd';
import type { Actor } from '../api.ts';

/** The annual report wizard. */
export function AnnualReport({ actor }: { actor: Actor }) {
  return (
    <section aria-label="年度报告" data-body={actor.bodyId}>
      <Typography.Title level={2}>年度报告</Typography.Title>
    </section>
  );
}
