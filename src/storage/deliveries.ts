import type { SqlRunner } from './database.ts';
import { bodyRows, insertRow, pick, selectList } from './sql.ts';

/** 送达: how the reply reached the applicant, when, and the proof (回执, tracking slip …). */
export interface DeliveryRecord {
  id: string;
  requestId: string;
  method: string;
  deliveredOn: string;
  receipt: string | null;
  recordedBy: string;
}

const deliveryFields = ['id', 'requestId', 'method', 'deliveredOn', 'receipt', 'recordedBy'] as const;

export async function insertDelivery(tx: SqlRunner, bodyId: string, delivery: DeliveryRecord): Promise<void> {
  await insertRow(
    tx,
    'deliveries',
    { bodyId, ...pick(delivery, deliveryFields) },
    { casts: { deliveredOn: 'date' } },
  );
}

export const deliveriesOfRequest = bodyRows<DeliveryRecord>(
  'deliveries',
  selectList(deliveryFields, { deliveredOn: 'text' }),
  'request_id',
  'order by delivered_on, recorded_at',
);
