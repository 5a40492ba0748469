import type { ActivityField } from '../storage/activities.ts';

/**
 * The national-2014 统计表 cell (canonical key, report-formats.md) each yearly work figure fills:
 * sections 八 (机构建设和保障经费), 九 (会议和培训) and 二 (回应解读). The parent cell
 * 从事政府信息公开工作人员数 is not entered: the report computes it from its two parts.
 * Kept free of server imports: the console reads it to word its form as the 统计表 does.
 */
export const activityCells: Record<ActivityField, string> = {
  dedicatedUnits: '政府信息公开工作专门机构数',
  readingPoints: '设置政府信息公开查阅点数',
  staffFullTime: '从事政府信息公开工作人员数.专职人员数',
  staffPartTime: '从事政府信息公开工作人员数.兼职人员数',
  fundsWan: '政府信息公开专项经费',
  meetings: '召开政府信息公开工作会议或专题会议数',
  trainingSessions: '举办各类培训班数',
  trainingAttendees: '接受培训人员数',
  hotTopicResponses: '回应公众关注热点或重大舆情数',
  pressConferences: '参加或举办新闻发布会总次数',
  pressConferencesByHead: '参加或举办新闻发布会总次数.主要负责同志参加新闻发布会次数',
  onlineInterviews: '政府网站在线访谈次数',
  onlineInterviewsByHead: '政府网站在线访谈次数.主要负责同志参加政府网站在线访谈次数',
  policyInterpretations: '政策解读稿件发布数',
  weiboWechatResponses: '微博微信回应事件数',
  otherResponses: '其他方式回应事件数',
};
