import type { Database } from '../storage/database.ts';
import { claimNextMessage, markFailed, markSent } from '../storage/outbox.ts';
import type { OutboxChannel, OutboxMessage } from '../storage/outbox.ts';
import { maskPhone } from './export/personal-data.ts';

/** One way out of the building: e-mail gateway, SMS gateway, or the log. */
export interface NotificationAdapter {
  /** Must drop a repeat of `message.idempotencyKey` (a crash after sending resends once). */
  send(message: OutboxMessage): Promise<void>;
}

export type AdapterSet = Partial<Record<OutboxChannel, NotificationAdapter>>;

interface InfoLogger {
  info(object: Record<string, unknown>, message: string): void;
}

/** Phone 138****5678, e-mail z***@example.cn: the log is read by more people than the applicant. */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf('@');
  if (at > 0) return `${recipient.slice(0, 1)}***${recipient.slice(at)}`;
  return maskPhone(recipient);
}

/** The default: writes who (masked) and what, so a demo or a test can see notifications happen. */
export function logAdapter(logger: InfoLogger): NotificationAdapter {
  return {
    send: async (message) => {
      logger.info(
        {
          idempotencyKey: message.idempotencyKey,
          channel: message.channel,
          recipient: maskRecipient(message.recipient),
          template: message.template,
        },
        'notification',
      );
    },
  };
}

/**
 * A gateway reached over HTTPS (the province's 短信平台 or mail relay): POSTs the message as JSON
 * with an Idempotency-Key header; any non-2xx answer is a failure to retry later.
 */
export function httpGatewayAdapter(url: string, fetchImpl: typeof fetch = fetch): NotificationAdapter {
  return {
    send: async (message) => {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': message.idempotencyKey },
        body: JSON.stringify({
          to: message.recipient,
          template: message.template,
          data: message.payload,
        }),
      });
      if (!response.ok) throw new Error(`gateway answered ${response.status}`);
    },
  };
}

export interface DispatchResult {
  sent: number;
  failed: number;
}

/**
 * Sends due messages one by one. Each is claimed, sent and marked in one transaction holding its
 * row lock, so two dispatchers (pg-boss workers on several instances) never send the same one;
 * a failure is recorded and retried later with back-off. Channels without an adapter go to `log`.
 */
export async function dispatchOutbox(
  db: Database,
  adapters: AdapterSet,
  limit = 100,
): Promise<DispatchResult> {
  const result: DispatchResult = { sent: 0, failed: 0 };
  for (let i = 0; i < limit; i++) {
    const outcome = await db.transaction(async (tx) => {
      const message = await claimNextMessage(tx);
      if (!message) return 'empty' as const;
      const adapter = adapters[message.channel] ?? adapters.log;
      try {
        if (!adapter) throw new Error(`no adapter for channel ${message.channel}`);
        await adapter.send(message);
        await markSent(tx, message.id);
        return 'sent' as const;
      } catch (error) {
        await markFailed(tx, message.id, error instanceof Error ? error.message : String(error));
        return 'failed' as const;
      }
    });
    if (outcome === 'empty') break;
    result[outcome] += 1;
  }
  return result;
}
