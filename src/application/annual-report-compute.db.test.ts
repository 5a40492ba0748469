import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { activityFields, saveActivities, type ActivityFigures } from '../storage/activities.ts';
import { computeReport } from './annual-report-compute.ts';

describeEachDatabase('national-2014 统计表 sections 二、八、九 from the yearly work figures', (get) => {
  // distinct values, each 其中 item below its total (the table's check constraints)
  const figures = Object.fromEntries(activityFields.map((field, i) => [field, 20 - i])) as ActivityFigures;

  beforeAll(async () => {
    const { db } = get();
    await db.query(`insert into bodies (id, name, kind) values ('town-a', '甲镇人民政府', 'township')`);
    await saveActivities(db, 'town-a', 2017, { ...figures, fundsWan: 1.5 }, '李晓梅');
  });

  it.each([
    ['八 专门机构数', '政府信息公开工作专门机构数', figures.dedicatedUnits],
    ['八 专职 + 兼职 (L-STAFF)', '从事政府信息公开工作人员数', figures.staffFullTime + figures.staffPartTime],
    ['八 专项经费 in 万元, decimals kept', '政府信息公开专项经费', 1.5],
    ['九 接受培训人员数', '接受培训人员数', figures.trainingAttendees],
    [
      '二 其中：主要负责同志参加新闻发布会次数',
      '参加或举办新闻发布会总次数.主要负责同志参加新闻发布会次数',
      figures.pressConferencesByHead,
    ],
  ])('%s', async (_rule, key, value) => {
    const report = await computeReport(get().db, 'town-a', 2017);
    expect(report.format).toBe('national-2014');
    expect(report.fields[key]).toBe(value);
  });
});
