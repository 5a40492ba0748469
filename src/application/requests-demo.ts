import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Database } from '../storage/database.ts';
import type { Actor } from './auth/roles.ts';
import { officialCalendar } from './items/due-date.ts';
import { recordAppeal } from './appeals.ts';
import { handleRequest, logRequest } from './requests.ts';

interface DemoRequest {
  bodyId: string;
  request: Record<string, unknown> & { receiptDate: string };
  steps: Array<Record<string, unknown> & { on: string }>;
  appeal?: Record<string, unknown>;
}

/**
 * Loads data/demo/requests.json through the real commands (validation, the core's transitions,
 * events, audit, outbox), each step on its own date, as the body's 公开办 and head would.
 */
export async function seedDemoRequests(db: Database): Promise<number> {
  const demo = JSON.parse(
    readFileSync(new URL('../../data/demo/requests.json', import.meta.url), 'utf8'),
  ) as DemoRequest[];
  const calendar = officialCalendar();
  for (const entry of demo) {
    const staff: Actor = {
      personId: randomUUID(),
      name: '系统（演示数据）',
      bodyId: entry.bodyId,
      roles: [
        { bodyId: entry.bodyId, role: 'officer' },
        { bodyId: entry.bodyId, role: 'head' },
      ],
    };
    let today = entry.request.receiptDate;
    const deps = { db, calendar, today: () => today };
    const receipt = await logRequest(deps, staff, entry.bodyId, entry.request);
    for (const step of entry.steps) {
      today = step.on;
      await handleRequest(deps, staff, entry.bodyId, receipt.requestId, step);
    }
    if (entry.appeal)
      await recordAppeal(db, staff, entry.bodyId, { ...entry.appeal, requestId: receipt.requestId });
  }
  return demo.length;
}
