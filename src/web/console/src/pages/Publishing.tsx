import { Typography } from 'antd';
import type { Actor } from '../api.ts';

/** Write, review and publish catalogue items. */
export function Publishing({ actor }: { actor: Actor; itemId?: string | undefined }) {
  return (
    <section aria-label="主动公开" data-body={actor.bodyId}>
      <Typography.Title level={2}>主动公开</Typography.Title>
    </section>
  );
}
