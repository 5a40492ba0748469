import type { ColumnDeclaration, RowDeclaration, TableDeclaration } from './types.ts';

/** 表三 columns (申请人情况), shared by gov-2019 and gov-2021. */
export const applicantColumns: ColumnDeclaration[] = [
  { key: '自然人', label: '自然人' },
  { key: '商业企业', label: '商业企业' },
  { key: '科研机构', label: '科研机构' },
  { key: '社会公益组织', label: '社会公益组织' },
  { key: '法律服务机构', label: '法律服务机构' },
  { key: '其他', label: '其他' },
  { key: '总计', label: '总计' },
];

/** The six applicant columns that add up to 总计 (T3-ROWSUM). */
export const applicantPartColumns = applicantColumns.filter((c) => c.key !== '总计').map((c) => c.key);

const withheld = (key: string, label: string): RowDeclaration => ({
  key: `不予公开.${key}`,
  label,
  group: '（三）不予公开',
});
const unavailable = (key: string, label: string): RowDeclaration => ({
  key: `无法提供.${key}`,
  label,
  group: '（四）无法提供',
});
const notProcessed = (key: string, label: string): RowDeclaration => ({
  key: `不予处理.${key}`,
  label,
  group: '（五）不予处理',
});

const headRows: RowDeclaration[] = [
  {
    key: '本年新收政府信息公开申请数量',
    label: '一、本年新收政府信息公开申请数量',
    aliases: ['本年新收政府信息公开申请数量', '本年新收申请数量'],
  },
  {
    key: '上年结转政府信息公开申请数量',
    label: '二、上年结转政府信息公开申请数量',
    aliases: ['上年结转政府信息公开申请数量', '上年结转申请数量'],
  },
];

const decidedRows: RowDeclaration[] = [
  { key: '予以公开', label: '（一）予以公开', group: '三、本年度办理结果' },
  {
    key: '部分公开',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    aliases: ['部分公开'],
    group: '三、本年度办理结果',
  },
  withheld('属于国家秘密', '1.属于国家秘密'),
  withheld('其他法律行政法规禁止公开', '2.其他法律行政法规禁止公开'),
  withheld('危及“三安全一稳定”', '3.危及“三安全一稳定”'),
  withheld('保护第三方合法权益', '4.保护第三方合法权益'),
  withheld('属于三类内部事务信息', '5.属于三类内部事务信息'),
  withheld('属于四类过程性信息', '6.属于四类过程性信息'),
  withheld('属于行政执法案卷', '7.属于行政执法案卷'),
  withheld('属于行政查询事项', '8.属于行政查询事项'),
  unavailable('本机关不掌握相关政府信息', '1.本机关不掌握相关政府信息'),
  unavailable('没有现成信息需要另行制作', '2.没有现成信息需要另行制作'),
  unavailable('补正后申请内容仍不明确', '3.补正后申请内容仍不明确'),
  notProcessed('信访举报投诉类申请', '1.信访举报投诉类申请'),
  notProcessed('重复申请', '2.重复申请'),
  notProcessed('要求提供公开出版物', '3.要求提供公开出版物'),
  notProcessed('无正当理由大量反复申请', '4.无正当理由大量反复申请'),
  notProcessed('要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新出具已获取信息'),
];

/** gov-2019 has one 其他处理 row; gov-2021 splits it in three. */
const otherRows2019: RowDeclaration[] = [
  { key: '其他处理', label: '（六）其他处理', group: '三、本年度办理结果' },
];
const otherRows2021: RowDeclaration[] = [
  {
    key: '其他处理.申请人无正当理由逾期不补正',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: '（六）其他处理',
  },
  {
    key: '其他处理.申请人逾期未按收费通知要求缴纳费用',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    group: '（六）其他处理',
  },
  { key: '其他处理.其他', label: '3.其他', group: '（六）其他处理' },
];

const tailRows: RowDeclaration[] = [
  { key: '办理结果总计', label: '（七）总计', aliases: ['总计'], group: '三、本年度办理结果' },
  { key: '结转下年度继续办理', label: '四、结转下年度继续办理', aliases: ['结转下年度继续办理'] },
];

export function table3(edition: 'gov-2019' | 'gov-2021'): TableDeclaration {
  return {
    id: 'table3',
    chapter: '三、收到和处理政府信息公开申请情况',
    title: '收到和处理政府信息公开申请情况',
    columns: applicantColumns,
    rows: [
      ...headRows,
      ...decidedRows,
      ...(edition === 'gov-2019' ? otherRows2019 : otherRows2021),
      ...tailRows,
    ],
  };
}

/** Rows whose sum is 办理结果总计 (T3-RESULTS): every outcome row. */
export function outcomeRowKeys(table: TableDeclaration): string[] {
  return table.rows
    .map((r) => r.key)
    .filter(
      (k) =>
        ![
          '本年新收政府信息公开申请数量',
          '上年结转政府信息公开申请数量',
          '办理结果总计',
          '结转下年度继续办理',
        ].includes(k),
    );
}

/** 表四 政府信息公开行政复议、行政诉讼情况 — identical in gov-2019 and gov-2021. */
export const table4: TableDeclaration = {
  id: 'table4',
  chapter: '四、政府信息公开行政复议、行政诉讼情况',
  title: '政府信息公开行政复议、行政诉讼情况',
  columns: [
    { key: '结果维持', label: '结果维持' },
    { key: '结果纠正', label: '结果纠正' },
    { key: '其他结果', label: '其他结果' },
    { key: '尚未审结', label: '尚未审结' },
    { key: '总计', label: '总计' },
  ],
  rows: [
    { key: '行政复议', label: '行政复议' },
    { key: '行政诉讼.未经复议直接起诉', label: '未经复议直接起诉', group: '行政诉讼' },
    { key: '行政诉讼.复议后起诉', label: '复议后起诉', group: '行政诉讼' },
  ],
};
