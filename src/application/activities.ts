import { z } from 'zod';
import { parseOrProblem } from '../http/validation.ts';
import type { Database } from '../storage/database.ts';
import { activityFields, loadActivities, saveActivities } from '../storage/activities.ts';
import type { ActivityField, ActivityFigures } from '../storage/activities.ts';
import { auditedChange } from './audit.ts';
import { authorize } from './auth/authorize.ts';
import type { Actor } from './auth/roles.ts';

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
export async function recordActivities(
  db: Database,
  actor: Actor | null | undefined,
  bodyId: string,
  year: number,
  input: unknown,
): Promise<ActivityFigures> {
  const staff = await authorize(db, actor, 'activity.record', bodyId);
  const reportYear = parseOrProblem(yearSchema, year);
  const figures = parseOrProblem(activityInputSchema, input) as ActivityFigures;
  await db.transaction(async (tx) => {
    const before = await loadActivities(tx, bodyId, reportYear);
    await saveActivities(tx, bodyId, reportYear, figures, staff.name);
    const subject = { bodyId, entity: 'activities', entityId: `${bodyId}/${reportYear}` };
    await auditedChange(tx, staff, 'activities.saved', subject, { before, after: figures });
  });
  return figures;
}

export async function activitiesOfYear(
  db: Database,
  actor: Actor | null | undefined,
  bodyId: string,
  year: number,
): Promise<ActivityFigures | null> {
  await authorize(db, actor, 'report.read', bodyId);
  return (await loadActivities(db, bodyId, year)) ?? null;
}

/** The national-2014 统计表 cells (canonical keys of report-formats.md) these figures fill. */
export function activityReportFigures(figures: ActivityFigures): Record<string, number> {
  return {
    回应公众关注热点或重大舆情数: figures.hotTopicResponses,
    参加或举办新闻发布会总次数: figures.pressConferences,
    '参加或举办新闻发布会总次数.主要负责同志参加新闻发布会次数': figures.pressConferencesByHead,
    政府网站在线访谈次数: figures.onlineInterviews,
    '政府网站在线访谈次数.主要负责同志参加政府网站在线访谈次数': figures.onlineInterviewsByHead,
    政策解读稿件发布数: figures.policyInterpretations,
    微博微信回应事件数: figures.weiboWechatResponses,
    其他方式回应事件数: figures.otherResponses,
    政府信息公开工作专门机构数: figures.dedicatedUnits,
    设置政府信息公开查阅点数: figures.readingPoints,
    从事政府信息公开工作人员数: figures.staffFullTime + figures.staffPartTime,
    '从事政府信息公开工作人员数.专职人员数': figures.staffFullTime,
    '从事政府信息公开工作人员数.兼职人员数': figures.staffPartTime,
    政府信息公开专项经费: figures.fundsWan,
    召开政府信息公开工作会议或专题会议数: figures.meetings,
    举办各类培训班数: figures.trainingSessions,
    接受培训人员数: figures.trainingAttendees,
  };
}
