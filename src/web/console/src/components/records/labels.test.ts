import { expect, it } from 'vitest';
import { activityFields } from '../../../../../storage/activities.ts';
import { activitySections } from './labels.ts';

const labelOf = (field: string) =>
  activitySections.flatMap((s) => s.fields).find((f) => f.field === field)?.label;

it('offers every work figure once, in the 统计表 sections 八、九、二', () => {
  expect(activitySections.map((s) => s.title)).toEqual([
    '八、机构建设和保障经费情况',
    '九、政府信息公开会议和培训情况',
    '二、回应解读情况',
  ]);
  expect(activitySections.flatMap((s) => s.fields.map((f) => f.field)).sort()).toEqual(
    [...activityFields].sort(),
  );
});

it.each([
  ['a row with its unit', 'dedicatedUnits', '政府信息公开工作专门机构数（个）'],
  [
    'a part adding up to its parent (专职 + 兼职)',
    'staffFullTime',
    '从事政府信息公开工作人员数：专职人员数（人）',
  ],
  ['a 其中 item', 'pressConferencesByHead', '其中：主要负责同志参加新闻发布会次数（次）'],
  ['the unit 人次', 'trainingAttendees', '接受培训人员数（人次）'],
])('labels %s as the national-2014 form prints it', (_case, field, label) => {
  expect(labelOf(field)).toBe(label);
});

it('enters 专项经费 in 万元 with decimals, counts as whole numbers', () => {
  const steps = Object.fromEntries(activitySections.flatMap((s) => s.fields).map((f) => [f.field, f.step]));
  expect(steps.fundsWan).toBe(0.1);
  expect(steps.meetings).toBeUndefined();
});
