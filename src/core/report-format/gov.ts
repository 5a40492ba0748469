import type { ChapterDeclaration, FormatDeclaration, RowDeclaration } from './types.ts';
import { table3, table4 } from './table3.ts';

/** The six chapters of both new formats (国办公开办函〔2019〕60号 and 〔2021〕30号). */
const chapters: ChapterDeclaration[] = [
  { number: '一', title: '总体情况', required: true },
  { number: '二', title: '主动公开政府信息情况', tableId: 'table2', required: true },
  { number: '三', title: '收到和处理政府信息公开申请情况', tableId: 'table3', required: true },
  { number: '四', title: '政府信息公开行政复议、行政诉讼情况', tableId: 'table4', required: true },
  { number: '五', title: '存在的主要问题及改进情况', required: true },
  { number: '六', title: '其他需要报告的事项', required: true },
];

const art = (item: string) => `第二十条第（${item}）项`;

const decisionsColumn2021 = [{ key: '本年处理决定数量', label: '本年处理决定数量' }];
const stockColumns2021 = [
  { key: '本年制发件数', label: '本年制发件数', aliases: ['本年新制作数量'] },
  { key: '本年废止件数', label: '本年废止件数' },
  { key: '现行有效件数', label: '现行有效件数' },
];

const table2Rows2021: RowDeclaration[] = [
  { key: '规章', label: '规章', article: art('一'), columns: stockColumns2021 },
  {
    key: '行政规范性文件',
    label: '行政规范性文件',
    aliases: ['规范性文件'],
    article: art('一'),
    columns: stockColumns2021,
  },
  { key: '行政许可', label: '行政许可', article: art('五'), columns: decisionsColumn2021 },
  { key: '行政处罚', label: '行政处罚', article: art('六'), columns: decisionsColumn2021 },
  { key: '行政强制', label: '行政强制', article: art('六'), columns: decisionsColumn2021 },
  {
    key: '行政事业性收费',
    label: '行政事业性收费',
    article: art('八'),
    columns: [
      {
        key: '本年收费金额(万元)',
        label: '本年收费金额（单位：万元）',
        aliases: ['本年收费金额', '本年收费金额(单位:万元)'],
        unit: '万元',
        decimal: true,
      },
    ],
  },
];

export const gov2021: FormatDeclaration = {
  id: 'gov-2021',
  name: '政府信息公开工作年度报告格式（2021年版）',
  basis: '国办公开办函〔2021〕30号',
  years: { from: 2021, to: null },
  chapters,
  tables: [
    {
      id: 'table2',
      chapter: '二、主动公开政府信息情况',
      title: '主动公开政府信息情况',
      columns: [],
      rows: table2Rows2021,
    },
    table3('gov-2021'),
    table4,
  ],
};

const stockColumns2019 = [
  { key: '本年新制作数量', label: '本年新制作数量' },
  { key: '本年新公开数量', label: '本年新公开数量' },
  { key: '对外公开总数量', label: '对外公开总数量' },
];
const itemColumns2019 = [
  { key: '上一年项目数量', label: '上一年项目数量' },
  { key: '本年增/减', label: '本年增/减', signed: true },
  { key: '处理决定数量', label: '处理决定数量' },
];

export const gov2019: FormatDeclaration = {
  id: 'gov-2019',
  name: '政府信息公开工作年度报告格式（试行）',
  basis: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  chapters,
  tables: [
    {
      id: 'table2',
      chapter: '二、主动公开政府信息情况',
      title: '主动公开政府信息情况',
      columns: [],
      rows: [
        { key: '规章', label: '规章', article: art('一'), columns: stockColumns2019 },
        {
          key: '规范性文件',
          label: '规范性文件',
          aliases: ['行政规范性文件'],
          article: art('一'),
          columns: stockColumns2019,
        },
        { key: '行政许可', label: '行政许可', article: art('五'), columns: itemColumns2019 },
        {
          key: '其他对外管理服务事项',
          label: '其他对外管理服务事项',
          article: art('五'),
          columns: itemColumns2019,
        },
        { key: '行政处罚', label: '行政处罚', article: art('六'), columns: itemColumns2019 },
        { key: '行政强制', label: '行政强制', article: art('六'), columns: itemColumns2019 },
        {
          key: '行政事业性收费',
          label: '行政事业性收费',
          article: art('八'),
          columns: itemColumns2019.slice(0, 2),
        },
        {
          key: '政府集中采购',
          label: '政府集中采购',
          article: art('九'),
          columns: [
            { key: '采购项目数量', label: '采购项目数量' },
            // Printed “采购总金额” with no unit; cells carry 元 or 万元 — normalised to 元.
            {
              key: '采购总金额(元)',
              label: '采购总金额',
              aliases: ['采购总金额(元)'],
              unit: '元',
              decimal: true,
            },
          ],
        },
      ],
    },
    table3('gov-2019'),
    table4,
  ],
};
