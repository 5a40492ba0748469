import type { SqlRunner } from './database.ts';

/** The figures of national-2014 sections 二 (回应解读), 八 (机构建设和保障经费) and 九 (会议和培训). */
export const activityFields = [
  'dedicatedUnits',
  'readingPoints',
  'staffFullTime',
  'staffPartTime',
  'fundsWan',
  'meetings',
  'trainingSessions',
  'trainingAttendees',
  'hotTopicResponses',
  'pressConferences',
  'pressConferencesByHead',
  'onlineInterviews',
  'onlineInterviewsByHead',
  'policyInterpretations',
  'weiboWechatResponses',
  'otherResponses',
] as const;
export type ActivityField = (typeof activityFields)[number];
export type ActivityFigures = Record<ActivityField, number>;

const columnOf: Record<ActivityField, string> = {
  dedicatedUnits: 'dedicated_units',
  readingPoints: 'reading_points',
  staffFullTime: 'staff_full_time',
  staffPartTime: 'staff_part_time',
  fundsWan: 'funds_wan',
  meetings: 'meetings',
  trainingSessions: 'training_sessions',
  trainingAttendees: 'training_attendees',
  hotTopicResponses: 'hot_topic_responses',
  pressConferences: 'press_conferences',
  pressConferencesByHead: 'press_conferences_by_head',
  onlineInterviews: 'online_interviews',
  onlineInterviewsByHead: 'online_interviews_by_head',
  policyInterpretations: 'policy_interpretations',
  weiboWechatResponses: 'weibo_wechat_responses',
  otherResponses: 'other_responses',
};

/** Replaces the body's figures for the year (a yearly return, not a running tally). */
export async function saveActivities(
  tx: SqlRunner,
  bodyId: string,
  year: number,
  figures: ActivityFigures,
  updatedBy: string,
): Promise<void> {
  const columns = activityFields.map((field) => columnOf[field]);
  const values = activityFields.map((field) => figures[field]);
  const placeholders = columns.map((_, i) => `$${i + 4}`);
  await tx.query(
    `insert into activities (body_id, year, updated_by, ${columns.join(', ')})
     values ($1, $2, $3, ${placeholders.join(', ')})
     on conflict (body_id, year) do update set updated_by = excluded.updated_by, updated_at = now(),
       ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    [bodyId, year, updatedBy, ...values],
  );
}

export async function loadActivities(
  db: SqlRunner,
  bodyId: string,
  year: number,
): Promise<ActivityFigures | undefined> {
  const select = activityFields.map((field) => `${columnOf[field]}::float8 as "${field}"`).join(', ');
  const [row] = await db.query<ActivityFigures>(
    `select ${select} from activities where body_id = $1 and year = $2`,
    [bodyId, year],
  );
  return row;
}
