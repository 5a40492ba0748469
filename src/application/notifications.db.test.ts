import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { enqueueMessage, messagesFor, pendingMessageCount } from '../storage/outbox.ts';
import type { OutboxMessage } from '../storage/outbox.ts';
import { dispatchOutbox, maskRecipient } from './notifications.ts';
import type { NotificationAdapter } from './notifications.ts';
import { startNotificationWorker } from './notifications-worker.ts';

function recordingAdapter(): NotificationAdapter & { keys: string[] } {
  const keys: string[] = [];
  return {
    keys,
    send: async (message: OutboxMessage) => {
      // yield so concurrent dispatchers really interleave
      await new Promise((resolve) => setTimeout(resolve, 1));
      keys.push(message.idempotencyKey);
    },
  };
}

async function enqueue(
  db: Parameters<typeof enqueueMessage>[0],
  bodyId: string,
  key: string,
): Promise<boolean> {
  return enqueueMessage(db, {
    id: `m-${key}`,
    bodyId,
    idempotencyKey: key,
    channel: 'sms',
    recipient: '13812345678',
    template: 'request.received',
    payload: { trackingNumber: 'GK-2025-000001' },
  });
}

describeEachDatabase('outbox dispatch', (get) => {
  it('sets up a body', async () => {
    await get().db.query(`insert into bodies (id, name, kind) values ('ob', '丙镇人民政府', 'township')`);
  });

  it('ignores a message whose idempotency key was already enqueued', async () => {
    const { db } = get();
    expect(await enqueue(db, 'ob', 'dup-1')).toBe(true);
    expect(await enqueue(db, 'ob', 'dup-1')).toBe(false);
    expect(await pendingMessageCount(db)).toBe(1);
  });

  it('sends each message exactly once with three dispatchers running at once', async () => {
    const { db } = get();
    for (let i = 0; i < 30; i++) await enqueue(db, 'ob', `k-${i}`);
    const sms = recordingAdapter();
    const results = await Promise.all([1, 2, 3].map(() => dispatchOutbox(db, { sms })));
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(31);
    expect(sms.keys).toHaveLength(31);
    expect(new Set(sms.keys).size).toBe(31);
    expect(await pendingMessageCount(db)).toBe(0);
    expect((await messagesFor(db, 'ob')).every((m) => m.sentAt !== null && m.attempts === 1)).toBe(true);
  });

  it('keeps a message whose gateway failed, records the error and retries it later', async () => {
    const { db } = get();
    await enqueue(db, 'ob', 'fails');
    const failing: NotificationAdapter = {
      send: async () => {
        throw new Error('gateway answered 502');
      },
    };
    expect(await dispatchOutbox(db, { sms: failing })).toEqual({ sent: 0, failed: 1 });
    // backed off: not due again straight away
    expect(await dispatchOutbox(db, { sms: failing })).toEqual({ sent: 0, failed: 0 });
    const [row] = await db.query<{ attempts: number; last_error: string; sent_at: string | null }>(
      `select attempts, last_error, sent_at from outbox where idempotency_key = 'fails'`,
    );
    expect(row).toEqual({ attempts: 1, last_error: 'gateway answered 502', sent_at: null });
    await db.query(`update outbox set available_at = now() where idempotency_key = 'fails'`);
    const sms = recordingAdapter();
    expect(await dispatchOutbox(db, { sms })).toEqual({ sent: 1, failed: 0 });
    expect(sms.keys).toEqual(['fails']);
  });

  it('the worker (pg-boss on PostgreSQL, a poller on PGlite) delivers a kicked message', async () => {
    const { db, url } = get();
    const sms = recordingAdapter();
    const worker = await startNotificationWorker(db, {
      adapters: { sms },
      databaseUrl: url,
      pollIntervalMs: 50,
    });
    try {
      await enqueue(db, 'ob', 'kicked');
      await worker.kick();
      for (let i = 0; i < 200 && sms.keys.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(sms.keys).toEqual(['kicked']);
    } finally {
      await worker.stop();
    }
  });
});

it.each([
  ['a mobile number keeps its first 3 and last 4 digits', '13812345678', '138****5678'],
  ['an e-mail address keeps its first letter and its domain', 'zhang.san@example.cn', 'z***@example.cn'],
  ['under 7 digits, no digit shows', '12345', '*****'],
  ['a landline keeps its last 4 digits and its separator', '0432-65123456', '****-****3456'],
])('masks recipients in logs (个人信息保护法): %s — %s as %s', (_rule, recipient, masked) => {
  expect(maskRecipient(recipient)).toBe(masked);
});
