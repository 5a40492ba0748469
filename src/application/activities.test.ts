import { expect, it } from 'vitest';
import { national2014 } from '../core/report-format/national-2014.ts';
import { activityReportFigures } from './activities.ts';
import { activityFields } from '../storage/activities.ts';
import type { ActivityFigures } from '../storage/activities.ts';

const figures = Object.fromEntries(activityFields.map((field, i) => [field, i + 1])) as ActivityFigures;
const statisticsRows = new Set(national2014.tables.flatMap((t) => t.rows.map((r) => r.key)));

it('fills only cells of the national-2014 统计表 (sections 二、八、九), one cell per figure', () => {
  const cells = Object.keys(activityReportFigures(figures));
  for (const key of cells) expect(statisticsRows).toContain(key);
  expect(cells).toHaveLength(activityFields.length);
});

it.each([
  [
    '八 专职人员数 (the total is computed from its parts: L-STAFF)',
    '从事政府信息公开工作人员数.专职人员数',
    figures.staffFullTime,
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
