import { createHash, randomInt } from 'node:crypto';
import type { SqlRunner } from './database.ts';

/** `GK-2025-000123`: per body and year; the serial widens past 999999 rather than wrapping. */
export function formatTrackingNumber(year: number, serial: number): string {
  return `GK-${year}-${String(serial).padStart(6, '0')}`;
}

const trackingNumberPattern = /^GK-(\d{4})-(\d{6,})$/;

/** Accepts what people type: full-width letters, lower case, spaces around. */
export function parseTrackingNumber(text: string): { year: number; serial: number } | null {
  const match = trackingNumberPattern.exec(text.normalize('NFKC').trim().toUpperCase());
  if (!match) return null;
  return { year: Number(match[1]), serial: Number(match[2]) };
}

/**
 * Takes the next serial of (body, year) inside the caller's transaction. The upsert locks the
 * counter row until commit, so concurrent submissions queue on it; a rollback returns the number,
 * which is what keeps the sequence gap-free.
 */
export async function takeTrackingSerial(tx: SqlRunner, bodyId: string, year: number): Promise<number> {
  const [row] = await tx.query<{ serial: number }>(
    `insert into tracking_counters (body_id, year, last_serial) values ($1, $2, 1)
     on conflict (body_id, year) do update set last_serial = tracking_counters.last_serial + 1
     returning last_serial as serial`,
    [bodyId, year],
  );
  if (!row) throw new Error('tracking counter upsert returned no row');
  return row.serial;
}

// Crockford-style alphabet without 0/O, 1/I/L, U: easy to read out over the phone.
const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const codeLength = 12;

/** The applicant's secret: 12 characters ≈ 59 bits, shown once as `XXXX-XXXX-XXXX`. */
export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export function normalizeTrackingCode(code: string): string {
  return code.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
}

/**
 * A fast hash is enough here (unlike passwords): the code is random with ~59 bits of entropy,
 * and public lookups are rate-limited, so brute force against the hash or the endpoint is futile.
 */
export function hashTrackingCode(code: string): string {
  return createHash('sha256')
    .update(`gongkai-tracking:${normalizeTrackingCode(code)}`)
    .digest('hex');
}
