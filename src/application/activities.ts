import { z } from 'zod';
import { parseOrProblem } from '../http/validation.ts';
import type { Database } from '../storage/database.ts';
import { activityFields, loadActivities, saveActivities } from '../storage/activities.ts';
import type { ActivityField, ActivityFigures } from '../storage/activities.ts';
import { activityCells } from './activity-cells.ts';
import { auditedChange } from './audit.ts';
import { bodyCall } from './body-commands.ts';

const count = z
  .number({ error: '须为数字' })
  .int({ error: '须为整数' })
  .min(0, { error: '不能为负数' })
  .max(1_000_000);

export const activityInputSchema = z
  .object({
    ...(Object.fromEntries(activityFields.map((f) => [f, count.default(0)])) as Record<
      ActivityField,
      z.ZodDefault<typeof count>
    >),
    // 万元, decimal as printed (e.g. 1.5)
    fundsWan: z
      .number({ error: '须为数字（万元）' })
      .min(0, { error: '不能为负数' })
      .max(1_000_000)
      .default(0),
  })
  .strict()
  .refine((a) => a.pressConferencesByHead <= a.pressConferences, {
    error: '主要负责同志参加新闻发布会次数不能多于新闻发布会总次数',
    path: ['pressConferencesByHead'],
  })
  .refine((a) => a.onlineInterviewsByHead <= a.onlineInterviews, {
    error: '主要负责同志参加在线访谈次数不能多于在线访谈总次数',
    path: ['onlineInterviewsByHead'],
  });

const yearSchema = z.number().int().min(2008).max(2100);

/** Saves a body's yearly work figures (the 统计表 sections 二、八、九). */
export const recordActivities = bodyCall(
  'activity.record',
  async (db: Database, staff, bodyId, year: number, input: unknown): Promise<ActivityFigures> => {
    const reportYear = parseOrProblem(yearSchema, year);
    const figures = parseOrProblem(activityInputSchema, input) as ActivityFigures;
    await db.transaction(async (tx) => {
      const before = await loadActivities(tx, bodyId, reportYear);
      await saveActivities(tx, bodyId, reportYear, figures, staff.name);
      const subject = { bodyId, entity: 'activities', entityId: `${bodyId}/${reportYear}` };
      await auditedChange(tx, staff, 'activities.saved', subject, { before, after: figures });
    });
    return figures;
  },
);

/** A body's saved work figures of a year, or null before any were saved. */
export const activitiesOfYear = bodyCall(
  'report.read',
  async (db: Database, _reader, bodyId, year: number): Promise<ActivityFigures | null> =>
    (await loadActivities(db, bodyId, year)) ?? null,
);

/** The national-2014 统计表 cells these figures fill, by canonical key (activity-cells.ts). */
export function activityReportFigures(figures: ActivityFigures): Record<string, number> {
  return Object.fromEntries(activityFields.map((field) => [activityCells[field], figures[field]]));
}
