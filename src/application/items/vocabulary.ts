import { vocabulary } from '../../core/vocabulary.ts';

/** Kinds of proactively disclosed information, as portals' 公开目录 commonly file them (Art. 20). */
export const itemKinds = [
  '规范性文件',
  '政策解读',
  '通知公告',
  '工作动态',
  '规划计划',
  '财政信息',
  '人事信息',
  '统计信息',
  '政务服务',
  '其他',
] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Art. 23 publication channels recorded per item (the 年报 prose counts them). */
export const channels = ['网站', '公报', '微博', '微信', '公开栏', '其他'] as const;

/** 规范性文件 carry their validity (有效性); other kinds do not. */
export const validities = ['有效', '废止'] as const;

export type ItemStatus = (typeof itemStatuses)[number];
export const { codes: itemStatuses, labels: statusLabels } = vocabulary({
  drafted: '草稿',
  reviewed: '已保密审查',
  approved: '已批准',
  published: '已公开',
  withdrawn: '已撤回',
});
