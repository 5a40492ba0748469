import type { SqlRunner } from './database.ts';

/** 送达: how the reply reached the applicant, when, and the proof (回执, tracking slip …). */
export interface DeliveryRecord {
  id: string;
  requestId: string;
  method: string;
  deliveredOn: string;
  receipt: string | null;
  recordedBy: string;
}

export async function insertDelivery(tx: SqlRunner, bodyId: string, delivery: DeliveryRecord): Promise<void> {
  await tx.query(
    `insert into deliveries (id, body_id, request_id, method, delivered_on, receipt, recorded_by)
     values ($1, $2, $3, $4, $5::date, $6, $7)`,
    [
      delivery.id,
      bodyId,
      delivery.requestId,
      delivery.method,
      delivery.deliveredOn,
      delivery.receipt,
      delivery.recordedBy,
    ],
  );
}

export async function deliveriesOfRequest(
  db: SqlRunner,
  bodyId: string,
  requestId: string,
): Promise<DeliveryRecord[]> {
  return db.query<DeliveryRecord>(
    `select id, request_id as "requestId", method, delivered_on::text as "deliveredOn", receipt,
       recorded_by as "recordedBy"
     from deliveries where body_id = $1 and request_id = $2 order by delivered_on, recorded_at`,
    [bodyId, requestId],
  );
}
