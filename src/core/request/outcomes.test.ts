import { describe, expect, it } from 'vitest';
import { formats, outcomeRowKeys, type FormatDeclaration } from '../report-format/index.ts';
import { OUTCOMES, type OutcomeKind } from './decisions.ts';
import { national2014Count, reportCellsOf, table3Row } from './outcome.ts';
import { replay } from './state.ts';
import { TABLE3_ROWS_2021, national2014Keys } from './table-rows.ts';
import { sampleCommand } from './testing/histories.ts';

/** The mapping as the law and the report formats state it, one line per reply type. */
const expected: [OutcomeKind, string, string | null, string][] = [
  // [outcome, gov-2021 表三 row, national-2014 cell (deepest), article of the 2019 条例]
  ['disclose', '予以公开', '申请答复数.2.同意公开答复数', '第三十六条第（二）项'],
  ['disclose-already-public', '予以公开', '申请答复数.1.属于已主动公开范围数', '第三十六条第（一）项'],
  ['partial', '部分公开', '申请答复数.3.同意部分公开答复数', '第十四条'],
  ['refuse-state-secret', '不予公开.属于国家秘密', '申请答复数.4.不同意公开答复数.涉及国家秘密', '第十四条'],
  [
    'refuse-prohibited-by-law',
    '不予公开.其他法律行政法规禁止公开',
    '申请答复数.4.不同意公开答复数.法律法规规定的其他情形',
    '第十四条',
  ],
  [
    'refuse-three-securities',
    '不予公开.危及“三安全一稳定”',
    '申请答复数.4.不同意公开答复数.危及国家安全、公共安全、经济安全和社会稳定',
    '第十四条',
  ],
  [
    'refuse-trade-secret',
    '不予公开.保护第三方合法权益',
    '申请答复数.4.不同意公开答复数.涉及商业秘密',
    '第十五条',
  ],
  ['refuse-privacy', '不予公开.保护第三方合法权益', '申请答复数.4.不同意公开答复数.涉及个人隐私', '第十五条'],
  [
    'refuse-internal-affairs',
    '不予公开.属于三类内部事务信息',
    '申请答复数.4.不同意公开答复数.不是《条例》所指政府信息',
    '第十六条第一款',
  ],
  [
    'refuse-process-information',
    '不予公开.属于四类过程性信息',
    '申请答复数.4.不同意公开答复数.不是《条例》所指政府信息',
    '第十六条第二款',
  ],
  [
    'refuse-enforcement-file',
    '不予公开.属于行政执法案卷',
    '申请答复数.4.不同意公开答复数.法律法规规定的其他情形',
    '第十六条第二款',
  ],
  [
    'refuse-administrative-query',
    '不予公开.属于行政查询事项',
    '申请答复数.8.告知通过其他途径办理数',
    '第三十六条第（七）项',
  ],
  ['not-held', '无法提供.本机关不掌握相关政府信息', '申请答复数.6.申请信息不存在数', '第三十六条第（四）项'],
  [
    'not-held-other-body',
    '无法提供.本机关不掌握相关政府信息',
    '申请答复数.5.不属于本行政机关公开数',
    '第三十六条第（五）项',
  ],
  ['needs-creation', '无法提供.没有现成信息需要另行制作', '申请答复数.6.申请信息不存在数', '第三十八条'],
  [
    'unclear-after-correction',
    '无法提供.补正后申请内容仍不明确',
    '申请答复数.7.告知作出更改补充数',
    '第三十条',
  ],
  [
    'petition-or-complaint',
    '不予处理.信访举报投诉类申请',
    '申请答复数.8.告知通过其他途径办理数',
    '第三十九条第一款',
  ],
  ['duplicate', '不予处理.重复申请', '申请答复数.8.告知通过其他途径办理数', '第三十六条第（六）项'],
  ['publication', '不予处理.要求提供公开出版物', '申请答复数.8.告知通过其他途径办理数', '第三十九条第二款'],
  ['excessive', '不予处理.无正当理由大量反复申请', null, '第三十五条'],
  ['confirm-or-reissue', '不予处理.要求行政机关确认或重新出具已获取信息', null, '第三十九条第一款'],
  ['other', '其他处理.其他', null, '第三十六条'],
  ['correction-lapsed', '其他处理.申请人无正当理由逾期不补正', '申请答复数.7.告知作出更改补充数', '第三十条'],
  ['fee-lapsed', '其他处理.申请人逾期未按收费通知要求缴纳费用', null, '第四十二条'],
  ['withdrawn', '其他处理.其他', null, ''],
];

function rowKeys(format: FormatDeclaration): string[] {
  return format.tables.flatMap((t) => t.rows.map((r) => r.key));
}
function table3Keys(format: FormatDeclaration): string[] {
  return format.tables.filter((t) => t.id === 'table3').flatMap((t) => outcomeRowKeys(t));
}

describe('each outcome maps to exactly one 表三 row and, under 2008, one national-2014 item', () => {
  it('the table above covers every outcome', () => {
    expect(expected.map(([kind]) => kind).sort()).toEqual(Object.keys(OUTCOMES).sort());
  });
  it.each(expected)('%s → %s / %s (%s)', (kind, row2021, national, article) => {
    expect(table3Row(kind, 'gov-2021')).toBe(row2021);
    expect(table3Keys(formats['gov-2021'])).toContain(row2021);
    const row2019 = table3Row(kind, 'gov-2019');
    expect(row2019).toBe(row2021.startsWith('其他处理.') ? '其他处理' : row2021);
    expect(table3Keys(formats['gov-2019'])).toContain(row2019);
    const count = national2014Count(kind);
    expect(count ? national2014Keys(count).at(-1) : null).toBe(national);
    for (const key of count ? national2014Keys(count) : []) {
      expect(rowKeys(formats['national-2014'])).toContain(key);
    }
    if (article) expect(OUTCOMES[kind].articles).toContain(article);
  });
  it('every outcome row of gov-2021 表三 is reachable', () => {
    const reached = new Set(Object.values(OUTCOMES).map((o) => o.table3Row));
    expect([...TABLE3_ROWS_2021].sort()).toEqual([...reached].sort());
    expect(table3Keys(formats['gov-2021']).sort()).toEqual([...TABLE3_ROWS_2021].sort());
  });
  it('partial and refusal grounds require ground and article (Art. 36(三), Art. 37)', () => {
    for (const [kind, definition] of Object.entries(OUTCOMES)) {
      if (/^(部分公开|不予公开)/.test(definition.table3Row))
        expect(definition.groundRequired, kind).toBe(true);
    }
  });
});

describe('report cells of a decided request', () => {
  const history = [
    { type: 'received', on: '2024-03-01', channel: 'post', applicantType: '法律服务机构' },
    sampleCommand('decided', '2024-03-20', {
      kind: 'refuse-trade-secret',
      ground: '第三方不同意公开',
      article: '第十五条',
    }),
  ] as const;
  const state = replay([...history]);
  it.each([
    ['gov-2021', ['不予公开.保护第三方合法权益'], '法律服务机构'],
    ['gov-2019', ['不予公开.保护第三方合法权益'], '法律服务机构'],
    ['national-2014', ['申请答复数.4.不同意公开答复数', '申请答复数.4.不同意公开答复数.涉及商业秘密'], null],
  ] as const)('%s', (format, rows, column) => {
    expect(reportCellsOf(state, format)).toEqual({ rows, column });
  });
  it('an open request is counted nowhere yet', () => {
    expect(reportCellsOf(replay([history[0]]), 'gov-2021')).toEqual({ rows: [], column: null });
  });
});
