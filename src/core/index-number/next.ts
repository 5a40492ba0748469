import { RuleError } from '../calendar/errors.ts';
import { formatIndexNumber, type IndexNumberParts } from './index-number.ts';
import { parsePattern, type IndexPattern } from './pattern.ts';

export type SerialScope = Omit<IndexNumberParts, 'serial'>;

/**
 * The counter a serial belongs to: every token of the pattern except {serial}, so for
 * `{body}-/{year}-{category:4}{serial:3}` one counter per (body, year, category), and for a pattern
 * without {category} one per (body, year). Distinct (key, serial) pairs always give distinct 索引号,
 * because formatIndexNumber only writes what parseIndexNumber reads back the same.
 */
export function serialKey(pattern: IndexPattern, scope: SerialScope): string {
  return parsePattern(pattern)
    .flatMap((p) =>
      p.kind === 'token' && p.name !== 'serial' ? [`${p.name}=${String(scope[p.name] ?? '')}`] : [],
    )
    .join('|');
}

export interface NextIndexNumber {
  indexNumber: string;
  serial: number;
  serialKey: string;
}

/**
 * The next 索引号 after `lastSerialForKey` (null: none issued yet under this key). Pure: the caller
 * owns the counter. STORAGE CONTRACT: keep the last serial per (body_id, serialKey) in a row and, in
 * the same transaction that saves the item, `UPDATE … SET last_serial = last_serial + 1 … RETURNING`
 * (or `SELECT … FOR UPDATE`) before calling this — two concurrent publications must never read the
 * same last serial. Serials are never reused, even when an item is withdrawn.
 */
export function nextIndexNumber(
  pattern: IndexPattern,
  scope: SerialScope,
  lastSerialForKey: number | null,
): NextIndexNumber {
  if (lastSerialForKey !== null && !(Number.isSafeInteger(lastSerialForKey) && lastSerialForKey >= 0)) {
    throw new RuleError('INDEX_PART_INVALID', `已用流水号“${lastSerialForKey}”须为非负整数。`, 'lastSerial');
  }
  const serial = (lastSerialForKey ?? 0) + 1;
  return {
    indexNumber: formatIndexNumber(pattern, { ...scope, serial }),
    serial,
    serialKey: serialKey(pattern, scope),
  };
}
