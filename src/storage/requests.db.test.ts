import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { formatTrackingNumber, takeTrackingSerial } from './tracking-numbers.ts';
import { appendRequestEvents, eventsOfRequest } from './request-events.ts';
import { insertRequest } from './requests.ts';

const received = { type: 'received', payload: {}, occurredOn: '2025-03-03' };

describeEachDatabase('request storage', (get) => {
  it('sets up two bodies', async () => {
    const { db } = get();
    await db.query(`insert into bodies (id, name, kind) values ('b1', '甲镇人民政府', 'township'),
      ('b2', '乙镇人民政府', 'township')`);
  });

  it('hands out gap-free serials per body and year under 200 concurrent transactions', async () => {
    const { db } = get();
    const serials = await Promise.all(
      Array.from({ length: 200 }, () => db.transaction((tx) => takeTrackingSerial(tx, 'b1', 2025))),
    );
    expect([...serials].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    // another body and another year start their own sequence
    expect(await db.transaction((tx) => takeTrackingSerial(tx, 'b2', 2025))).toBe(1);
    expect(await db.transaction((tx) => takeTrackingSerial(tx, 'b1', 2026))).toBe(1);
  });

  it('gives a rolled-back number back, so the sequence stays gap-free', async () => {
    const { db } = get();
    await expect(
      db.transaction(async (tx) => {
        await takeTrackingSerial(tx, 'b1', 2025);
        throw new Error('submission failed after numbering');
      }),
    ).rejects.toThrow('submission failed');
    expect(await db.transaction((tx) => takeTrackingSerial(tx, 'b1', 2025))).toBe(201);
  });

  it('refuses to update, delete or truncate request events (the log is append-only)', async () => {
    const { db } = get();
    await db.transaction(async (tx) => {
      await insertRequest(tx, {
        id: 'r1',
        bodyId: 'b1',
        trackingNumber: formatTrackingNumber(2025, 900),
        trackingYear: 2025,
        trackingSerial: 900,
        trackingCodeHash: 'x',
        status: 'received',
        outcome: null,
        applicantType: '自然人',
        channel: 'online',
        description: '某文件',
        deliveryForm: '电子',
        accessForm: null,
        receiptDate: '2025-03-03',
        dueDate: null,
        closedOn: null,
        deliveredOn: null,
        lastSeq: 1,
        state: {},
      });
      await appendRequestEvents(tx, { bodyId: 'b1', requestId: 'r1', afterSeq: 0, actor: 'public' }, [
        received,
      ]);
    });
    await expect(
      db.query(`update request_events set type = 'decided' where request_id = 'r1'`),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`delete from request_events where request_id = 'r1'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query('truncate request_events cascade')).rejects.toThrow(/append-only/);
    const events = await eventsOfRequest(db, 'b1', 'r1');
    expect(events.map((e) => [e.seq, e.type, e.occurredOn])).toEqual([[1, 'received', '2025-03-03']]);
  });

  it('refuses a second event with a seq already taken (a concurrent writer loses, nothing interleaves)', async () => {
    const { db } = get();
    await expect(
      db.transaction((tx) =>
        appendRequestEvents(tx, { bodyId: 'b1', requestId: 'r1', afterSeq: 0, actor: 'x' }, [received]),
      ),
    ).rejects.toThrow();
    expect(await eventsOfRequest(db, 'b1', 'r1')).toHaveLength(1);
  });
});

it.each([
  [2025, 123, 'GK-2025-000123'],
  [2026, 1, 'GK-2026-000001'],
  [2026, 1234567, 'GK-2026-1234567'],
])('formats tracking number %i/%i as %s', (year, serial, expected) => {
  expect(formatTrackingNumber(year, serial)).toBe(expected);
});
