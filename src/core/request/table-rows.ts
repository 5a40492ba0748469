/**
 * Report rows a request's outcome is counted in — canonical keys exactly as
 * shared/domain/report-formats.md (表三 of gov-2019 / gov-2021; 申请答复数 of national-2014).
 */
import { refusalReasons } from '../report-format/national-2014.ts';

export const TABLE3_ROWS_2021 = [
  '予以公开',
  '部分公开',
  '不予公开.属于国家秘密',
  '不予公开.其他法律行政法规禁止公开',
  '不予公开.危及“三安全一稳定”',
  '不予公开.保护第三方合法权益',
  '不予公开.属于三类内部事务信息',
  '不予公开.属于四类过程性信息',
  '不予公开.属于行政执法案卷',
  '不予公开.属于行政查询事项',
  '无法提供.本机关不掌握相关政府信息',
  '无法提供.没有现成信息需要另行制作',
  '无法提供.补正后申请内容仍不明确',
  '不予处理.信访举报投诉类申请',
  '不予处理.重复申请',
  '不予处理.要求提供公开出版物',
  '不予处理.无正当理由大量反复申请',
  '不予处理.要求行政机关确认或重新出具已获取信息',
  '其他处理.申请人无正当理由逾期不补正',
  '其他处理.申请人逾期未按收费通知要求缴纳费用',
  '其他处理.其他',
] as const;
export type Table3Row2021 = (typeof TABLE3_ROWS_2021)[number];

/** gov-2019 (国办公开办函〔2019〕60号) has one 其他处理 row where gov-2021 has three. */
export type Table3Row2019 = Exclude<Table3Row2021, `其他处理.${string}`> | '其他处理';
export type Table3Format = 'gov-2019' | 'gov-2021';

export function table3RowIn(format: Table3Format, row: Table3Row2021): Table3Row2019 | Table3Row2021 {
  if (format === 'gov-2019' && row.startsWith('其他处理.')) return '其他处理';
  return row;
}

/** national-2014 统计表, 三、依申请公开情况 → 申请答复数 items 1–8 (4 with its six 其中 reasons). */
export const NATIONAL_2014_ITEMS = [
  '申请答复数.1.属于已主动公开范围数',
  '申请答复数.2.同意公开答复数',
  '申请答复数.3.同意部分公开答复数',
  '申请答复数.4.不同意公开答复数',
  '申请答复数.5.不属于本行政机关公开数',
  '申请答复数.6.申请信息不存在数',
  '申请答复数.7.告知作出更改补充数',
  '申请答复数.8.告知通过其他途径办理数',
] as const;
export type National2014Item = (typeof NATIONAL_2014_ITEMS)[number];

/** The 2014 form's refusal grounds, as the format declares them (one list, not a copy). */
export const NATIONAL_2014_REFUSAL_REASONS = refusalReasons;
export type National2014RefusalReason = (typeof NATIONAL_2014_REFUSAL_REASONS)[number];

/** Where a 2008-regime reply is counted: one item, and for item 4 one 其中 reason. */
export interface National2014Count {
  item: National2014Item;
  refusalReason?: National2014RefusalReason;
}

/** The cell key(s) a count adds one to, e.g. `申请答复数.4.不同意公开答复数.涉及商业秘密`. */
export function national2014Keys(count: National2014Count): string[] {
  return count.refusalReason ? [count.item, `${count.item}.${count.refusalReason}`] : [count.item];
}
