import { cellKeys, formats } from '../report-format/index.ts';
import { OUTCOMES, type OutcomeKind } from '../request/decisions.ts';
import { national2014Keys } from '../request/table-rows.ts';
import type { Channel } from '../request/vocabulary.ts';

/** Requests grouped as the 2014–2018 统计表 counts them (三、依申请公开情况). */
export interface National2014RequestTally {
  channel: Channel;
  receivedInYear: boolean;
  /** How it ended within the year; null = not closed in the year. */
  outcome: OutcomeKind | null;
  /** 延长答复期限 was used (Art. 24 of the 2008 条例) → 延期办结. */
  extended: boolean;
  count: number;
}

/**
 * The template lists four channels. E-mail is an online channel (网络申请); requests received by
 * any other way have no row and are reported as a note instead of being put in a wrong row.
 */
const CHANNEL_ROW: Partial<Record<Channel, string>> = {
  'in-person': '收到申请数.当面申请数',
  fax: '收到申请数.传真申请数',
  online: '收到申请数.网络申请数',
  email: '收到申请数.网络申请数',
  post: '收到申请数.信函申请数',
};

const COUNTED_FROM_RECORDS = /^(收到申请数|申请办结数|申请答复数|行政复议数量|行政诉讼数量)/;

export type AppealTallies = Record<string, number>;

export interface National2014Inputs {
  requests: readonly National2014RequestTally[];
  /** 表四-style appeal cells (`行政复议.结果维持` …) from the appeal records of the year. */
  appeals: AppealTallies;
  /** Figures entered by the body or counted elsewhere, by canonical key (staff, funds, items …). */
  figures: Readonly<Record<string, number>>;
}

export interface ComputedTable {
  fields: Record<string, number>;
  /** Why a figure is not where one might expect it (Chinese, shown with the report). */
  notes: string[];
}

const add = (fields: Record<string, number>, key: string, n: number) => {
  if (!(key in fields)) throw new Error(`统计表没有单元格 ${key}`);
  fields[key] = (fields[key] ?? 0) + n;
};

function countRequests(
  fields: Record<string, number>,
  tallies: readonly National2014RequestTally[],
): string[] {
  const notes: string[] = [];
  let otherChannel = 0;
  let noReply = 0;
  for (const t of tallies) {
    if (t.receivedInYear) {
      const row = CHANNEL_ROW[t.channel];
      add(fields, '收到申请数', t.count);
      if (row) add(fields, row, t.count);
      else otherChannel += t.count;
    }
    if (t.outcome === null) continue;
    add(fields, '申请办结数', t.count);
    add(fields, t.extended ? '申请办结数.延期办结数' : '申请办结数.按时办结数', t.count);
    const item = OUTCOMES[t.outcome].national2014;
    if (!item) {
      noReply += t.count;
      continue;
    }
    add(fields, '申请答复数', t.count);
    for (const key of national2014Keys(item)) add(fields, key, t.count);
  }
  if (otherChannel > 0)
    notes.push(`${otherChannel}件申请通过统计表未列明的其他渠道收到，计入收到申请数，未计入分渠道数`);
  if (noReply > 0) notes.push(`${noReply}件申请以撤回等方式结束，未作答复，计入办结数，未计入申请答复数`);
  return notes;
}

/** 维持 / 纠错 / 其他 of the 2014 template; a case still open has no row there (L-REVIEW). */
function countAppeals(fields: Record<string, number>, appeals: AppealTallies): string[] {
  const notes: string[] = [];
  const groups: Array<[string, string[], string]> = [
    ['行政复议', ['行政复议'], '维持具体行政行为数'],
    [
      '行政诉讼',
      ['行政诉讼.未经复议直接起诉', '行政诉讼.复议后起诉'],
      '维持具体行政行为或者驳回原告诉讼请求数',
    ],
  ];
  for (const [label, kinds, upheld] of groups) {
    const parent = `${label}数量`;
    let open = 0;
    for (const kind of kinds) {
      const parts: Array<[string, string]> = [
        ['结果维持', upheld],
        ['结果纠正', '被依法纠错数'],
        ['其他结果', '其他情形数'],
      ];
      for (const [outcome, item] of parts) {
        const n = appeals[`${kind}.${outcome}`] ?? 0;
        add(fields, parent, n);
        add(fields, `${parent}.${item}`, n);
      }
      open += appeals[`${kind}.尚未审结`] ?? 0;
    }
    if (open > 0) notes.push(`${label}尚未审结${open}件，统计表无对应项目，未计入${parent}`);
  }
  return notes;
}

/** The 2014–2018 统计表 for one body and year; every cell present, 0 when nothing was counted. */
export function national2014Fields(inputs: National2014Inputs): ComputedTable {
  const fields: Record<string, number> = {};
  for (const key of cellKeys(formats['national-2014'])) fields[key] = 0;
  const notes = [...countRequests(fields, inputs.requests), ...countAppeals(fields, inputs.appeals)];
  for (const [key, value] of Object.entries(inputs.figures)) {
    if (!(key in fields)) throw new Error(`统计表没有单元格 ${key}`);
    // Request and appeal cells come from the records only; an entered figure never overrides them.
    if (COUNTED_FROM_RECORDS.test(key)) throw new Error(`统计表单元格 ${key} 由办理记录计算，不能填报`);
    fields[key] = value;
  }
  const staff = ['专职人员数', '兼职人员数'].map((k) => fields[`从事政府信息公开工作人员数.${k}`] ?? 0);
  fields['从事政府信息公开工作人员数'] = staff[0]! + staff[1]!;
  return { fields, notes };
}
