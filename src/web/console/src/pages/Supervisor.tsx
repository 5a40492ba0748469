import { Typography } from 'antd';
import type { Actor } from '../api.ts';

/** Bodies below, their load and reports; batch checking. */
export function Supervisor({ actor }: { actor: Actor }) {
  return (
    <section aria-label="监督检查" data-body={actor.bodyId}>
      <Typography.Title level={2}>监督检查</Typography.Title>
    </section>
  );
}
