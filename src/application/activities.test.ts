import { expect, it } from 'vitest';
import { national2014 } from '../core/report-format/national-2014.ts';
import { activityReportFigures } from './activities.ts';
import { activityFields } from '../storage/activities.ts';
import type { ActivityFigures } from '../storage/activities.ts';

const figures = Object.fromEntries(activityFields.map((field, i) => [field, i + 1])) as ActivityFigures;
const statisticsRows = new Set(national2014.tables.flatMap((t) => t.rows.map((r) => r.key)));

it('fills only cells of the national-2014 统计表 (sections 二、八、九), by their canonical keys', () => {
  for (const key of Object.keys(activityReportFigures(figures))) expect(statisticsRows).toContain(key);
});

it.each([
  [
    '八 从事政府信息公开工作人员数 = 专职 + 兼职',
    '从事政府信息公开工作人员数',
    figures.staffFullTime + figures.staffPartTime,
  ],
  ['八 政府信息公开专项经费 (万元)', '政府信息公开专项经费', figures.fundsWan],
  ['九 接受培训人员数 (人次)', '接受培训人员数', figures.trainingAttendees],
  [
    '二 主要负责同志参加新闻发布会次数',
    '参加或举办新闻发布会总次数.主要负责同志参加新闻发布会次数',
    figures.pressConferencesByHead,
  ],
])('%s', (_rule, key, value) => {
  expect(activityReportFigures(figures)[key]).toBe(value);
});
