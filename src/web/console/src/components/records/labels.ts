import type { ActivityFigures } from '../../api.ts';

/** 表四 groups are stored as canonical keys (`行政诉讼.复议后起诉`); people read them with brackets. */
export const appealKindLabel = (kind: string) => kind.replace(/\.(.+)$/, '（$1）');

type Field = keyof ActivityFigures;

/**
 * The national-2014 统计表 sections these figures fill, worded as the table words them
 * (report-formats.md; activityReportFigures maps each field to its canonical key).
 */
export const activitySections: Array<{
  title: string;
  fields: Array<{ field: Field; label: string; step?: number }>;
}> = [
  {
    title: '机构建设和保障经费',
    fields: [
      { field: 'dedicatedUnits', label: '政府信息公开工作专门机构数（个）' },
      { field: 'readingPoints', label: '设置政府信息公开查阅点数（个）' },
      { field: 'staffFullTime', label: '从事政府信息公开工作人员数：专职人员数（人）' },
      { field: 'staffPartTime', label: '从事政府信息公开工作人员数：兼职人员数（人）' },
      { field: 'fundsWan', label: '政府信息公开专项经费（万元）', step: 0.1 },
    ],
  },
  {
    title: '会议和培训',
    fields: [
      { field: 'meetings', label: '召开政府信息公开工作会议或专题会议数（次）' },
      { field: 'trainingSessions', label: '举办各类培训班数（次）' },
      { field: 'trainingAttendees', label: '接受培训人员数（人次）' },
    ],
  },
  {
    title: '回应解读',
    fields: [
      { field: 'hotTopicResponses', label: '回应公众关注热点或重大舆情数（次）' },
      { field: 'pressConferences', label: '参加或举办新闻发布会总次数（次）' },
      { field: 'pressConferencesByHead', label: '其中：主要负责同志参加新闻发布会次数（次）' },
      { field: 'onlineInterviews', label: '政府网站在线访谈次数（次）' },
      { field: 'onlineInterviewsByHead', label: '其中：主要负责同志参加政府网站在线访谈次数（次）' },
      { field: 'policyInterpretations', label: '政策解读稿件发布数（篇）' },
      { field: 'weiboWechatResponses', label: '微博微信回应事件数（次）' },
      { field: 'otherResponses', label: '其他方式回应事件数（次）' },
    ],
  },
];
