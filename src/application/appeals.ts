import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Problem } from '../http/errors.ts';
import { parseOrProblem } from '../http/validation.ts';
import type { Database } from '../storage/database.ts';
import {
  appealCounts,
  appealKinds,
  appealOutcomes,
  complaintCount,
  concludeAppeal,
  findAppeal,
  insertAppeal,
  insertComplaint,
  listAppeals,
} from '../storage/appeals.ts';
import type { AppealRecord, ListedAppeal } from '../storage/appeals.ts';
import { findRequest } from '../storage/requests.ts';
import { auditedChange } from './audit.ts';
import { can } from './auth/roles.ts';
import { bodyCall } from './body-commands.ts';
import { maskPersonalText } from './export/personal-data.ts';

const isoDate = z.iso.date({ error: '日期应为YYYY-MM-DD格式' });
const year = z.number({ error: '年度须为数字' }).int().min(2008).max(2100);

export const appealInputSchema = z
  .object({
    kind: z.enum(appealKinds, { error: `类型须为：${appealKinds.join('、')}` }),
    requestId: z.string().max(64).nullish(),
    filedOn: isoDate,
    /** The report year it is counted in; defaults to the year it was filed. */
    year: year.optional(),
    caseNumber: z.string().trim().max(100).nullish(),
    outcome: z.enum(appealOutcomes, { error: `结果须为：${appealOutcomes.join('、')}` }).default('尚未审结'),
    concludedOn: isoDate.nullish(),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()
  .refine((a) => (a.outcome === '尚未审结') === !a.concludedOn, {
    error: '已审结的须填写审结日期，尚未审结的不能填写审结日期',
    path: ['concludedOn'],
  })
  .refine((a) => !a.concludedOn || a.concludedOn >= a.filedOn, {
    error: '审结日期不能早于申请（起诉）日期',
    path: ['concludedOn'],
  });

/** 行政复议 / 行政诉讼 about the body's disclosure work (表四), optionally linked to a request. */
export const recordAppeal = bodyCall(
  'appeal.record',
  async (db: Database, staff, bodyId, input: unknown): Promise<AppealRecord> => {
    const parsed = parseOrProblem(appealInputSchema, input);
    if (parsed.requestId && !(await findRequest(db, bodyId, parsed.requestId))) {
      throw new Problem(422, 'APPEAL_REQUEST_NOT_FOUND', '关联的申请不存在或不属于本机关', 'requestId');
    }
    const appeal: AppealRecord = {
      id: randomUUID(),
      requestId: parsed.requestId ?? null,
      kind: parsed.kind,
      year: parsed.year ?? Number(parsed.filedOn.slice(0, 4)),
      filedOn: parsed.filedOn,
      caseNumber: parsed.caseNumber ?? null,
      outcome: parsed.outcome,
      concludedOn: parsed.concludedOn ?? null,
      note: parsed.note ?? null,
      recordedBy: staff.name,
    };
    await db.transaction(async (tx) => {
      await insertAppeal(tx, bodyId, appeal);
      const subject = { bodyId, entity: 'appeal', entityId: appeal.id };
      await auditedChange(tx, staff, 'appeal.recorded', subject, { after: appeal });
    });
    return appeal;
  },
);

export const conclusionSchema = z
  .object({
    outcome: z.enum(['结果维持', '结果纠正', '其他结果'], {
      error: '结果须为：结果维持、结果纠正、其他结果',
    }),
    concludedOn: isoDate,
  })
  .strict();

/** Records the decision of the review organ or the court once it is known. */
export const concludeAppealCommand = bodyCall(
  'appeal.record',
  async (db: Database, staff, bodyId, appealId: string, input: unknown): Promise<AppealRecord> => {
    const parsed = parseOrProblem(conclusionSchema, input);
    return db.transaction(async (tx) => {
      const before = await findAppeal(tx, bodyId, appealId);
      if (!before) throw new Problem(404, 'APPEAL_NOT_FOUND', '找不到该复议或诉讼记录');
      if (before.outcome !== '尚未审结') {
        throw new Problem(
          409,
          'APPEAL_ALREADY_CONCLUDED',
          `该案件已于${before.concludedOn}审结，结果为${before.outcome}`,
        );
      }
      if (parsed.concludedOn < before.filedOn) {
        throw new Problem(
          422,
          'APPEAL_CONCLUDED_BEFORE_FILED',
          '审结日期不能早于申请（起诉）日期',
          'concludedOn',
        );
      }
      await concludeAppeal(tx, bodyId, appealId, parsed.outcome, parsed.concludedOn);
      const after = { ...before, outcome: parsed.outcome, concludedOn: parsed.concludedOn };
      const subject = { bodyId, entity: 'appeal', entityId: appealId };
      await auditedChange(tx, staff, 'appeal.concluded', subject, { before, after });
      return after;
    });
  },
);

export const complaintInputSchema = z
  .object({
    receivedOn: isoDate,
    year: year.optional(),
    summary: z.string().trim().min(1, { error: '请填写举报投诉的简要内容' }).max(2000),
    resolution: z.string().trim().max(2000).nullish(),
  })
  .strict();

/** 举报投诉 about the body's disclosure work (national-2014 item 六). */
export const recordComplaint = bodyCall(
  'appeal.record',
  async (db: Database, staff, bodyId, input: unknown): Promise<{ id: string; year: number }> => {
    const parsed = parseOrProblem(complaintInputSchema, input);
    const complaint = {
      id: randomUUID(),
      year: parsed.year ?? Number(parsed.receivedOn.slice(0, 4)),
      receivedOn: parsed.receivedOn,
      summary: parsed.summary,
      resolution: parsed.resolution ?? null,
      recordedBy: staff.name,
    };
    await db.transaction(async (tx) => {
      await insertComplaint(tx, bodyId, complaint);
      const subject = { bodyId, entity: 'complaint', entityId: complaint.id };
      await auditedChange(tx, staff, 'complaint.recorded', subject, {
        after: { year: complaint.year, receivedOn: complaint.receivedOn },
      });
    });
    return { id: complaint.id, year: complaint.year };
  },
);

/** 表四 of a year with the records behind it; readable by whoever may read the body's reports. */
export const appealsOfYear = bodyCall(
  'report.read',
  async (
    db: Database,
    _reader,
    bodyId,
    reportYear: number,
  ): Promise<{ cells: Record<string, number>; complaints: number; appeals: ListedAppeal[] }> => {
    const [cells, complaints, appeals] = await Promise.all([
      appealCounts(db, bodyId, reportYear),
      complaintCount(db, bodyId, reportYear),
      listAppeals(db, bodyId, { year: reportYear }),
    ]);
    return { cells, complaints, appeals };
  },
);

export interface AppealsOfRequest {
  requestId: string;
  trackingNumber: string;
  /** True when ID and mobile numbers in the notes are masked for this reader. */
  personalDataMasked: boolean;
  appeals: ListedAppeal[];
}

/**
 * The 行政复议 / 行政诉讼 recorded against one request, for whoever may read the body's reports (as
 * the year's list). A note can carry the applicant's ID or phone number: as with 举报投诉
 * (complaints.ts, 个人信息保护法第六条), only the staff who record appeals read it in full.
 */
export const appealsOfRequest = bodyCall(
  'report.read',
  async (db: Database, reader, bodyId, requestId: string): Promise<AppealsOfRequest> => {
    const request = await findRequest(db, bodyId, requestId);
    if (!request) throw new Problem(404, 'REQUEST_NOT_FOUND', '找不到该申请');
    const rows = await listAppeals(db, bodyId, { requestId });
    // appeal.record has no subtree grant (roles.ts), so the body's ancestors are not needed.
    const masked = !can(reader, 'appeal.record', bodyId, []);
    const appeals = masked
      ? rows.map((a) => ({ ...a, note: a.note === null ? null : maskPersonalText(a.note) }))
      : rows;
    return { requestId, trackingNumber: request.trackingNumber, personalDataMasked: masked, appeals };
  },
);
