import type { SqlRunner } from './database.ts';

export type OutboxChannel = 'email' | 'sms' | 'log';

export interface OutboxMessage {
  id: string;
  bodyId: string;
  idempotencyKey: string;
  channel: OutboxChannel;
  recipient: string;
  template: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Written inside the command's transaction; a repeated key is ignored, not doubled. */
export async function enqueueMessage(
  tx: SqlRunner,
  message: Omit<OutboxMessage, 'attempts'>,
): Promise<boolean> {
  const rows = await tx.query(
    `insert into outbox (id, body_id, idempotency_key, channel, recipient, template, payload)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb) on conflict (idempotency_key) do nothing returning id`,
    [
      message.id,
      message.bodyId,
      message.idempotencyKey,
      message.channel,
      message.recipient,
      message.template,
      JSON.stringify(message.payload),
    ],
  );
  return rows.length === 1;
}

/**
 * Takes one due message and holds its row lock for the rest of the caller's transaction; other
 * dispatchers skip it, so each message is in exactly one sender's hands.
 */
export async function claimNextMessage(tx: SqlRunner): Promise<OutboxMessage | undefined> {
  const [row] = await tx.query<OutboxMessage>(
    `select id, body_id as "bodyId", idempotency_key as "idempotencyKey", channel, recipient, template, payload,
       attempts
     from outbox where sent_at is null and available_at <= now()
     order by available_at, created_at limit 1 for update skip locked`,
  );
  return row;
}

export async function markSent(tx: SqlRunner, id: string): Promise<void> {
  await tx.query(
    'update outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = $1',
    [id],
  );
}

/** Backs off exponentially (capped at an hour) so a failing gateway is not hammered. */
export async function markFailed(tx: SqlRunner, id: string, error: string): Promise<void> {
  await tx.query(
    `update outbox set attempts = attempts + 1, last_error = $2,
       available_at = now() + least(power(2, attempts) * interval '10 seconds', interval '1 hour')
     where id = $1`,
    [id, error.slice(0, 1000)],
  );
}

export async function pendingMessageCount(db: SqlRunner): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from outbox where sent_at is null');
  return row?.n ?? 0;
}

export async function messagesFor(
  db: SqlRunner,
  bodyId: string,
): Promise<Array<OutboxMessage & { sentAt: string | null }>> {
  return db.query(
    `select id, body_id as "bodyId", idempotency_key as "idempotencyKey", channel, recipient, template, payload,
       attempts, sent_at::text as "sentAt" from outbox where body_id = $1 order by created_at, id`,
    [bodyId],
  );
}
