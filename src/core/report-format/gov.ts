import type {
  ChapterDeclaration,
  ColumnDeclaration,
  FormatDeclaration,
  RowDeclaration,
  TableDeclaration,
} from './types.ts';
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

/** The tables of both new formats: 表二 (its rows differ by edition), 表三 and 表四. */
function govTables(edition: 'gov-2019' | 'gov-2021', table2Rows: RowDeclaration[]): TableDeclaration[] {
  return [
    {
      id: 'table2',
      chapter: '二、主动公开政府信息情况',
      title: '主动公开政府信息情况',
      columns: [],
      rows: table2Rows,
    },
    table3(edition),
    table4,
  ];
}

const art = (item: string) => `第二十条第（${item}）项`;

/**
 * The 表二 rows reporting on one item of 第二十条, each labelled as keyed; `[key, ...aliases]` where
 * the other edition's name for the row is read too.
 */
function itemRows(
  item: string,
  columns: ColumnDeclaration[],
  ...rows: Array<string | [string, ...string[]]>
): RowDeclaration[] {
  return rows.map((row) => {
    const [key, ...aliases]: [string, ...string[]] = typeof row === 'string' ? [row] : row;
    return {
      key,
      label: key,
      ...(aliases.length > 0 ? { aliases } : {}),
      article: art(item),
      columns,
    };
  });
}

/** A column printed with its key as its label. */
const column = (key: string, more: Partial<ColumnDeclaration> = {}): ColumnDeclaration => ({
  key,
  label: key,
  ...more,
});

const decisionsColumn2021 = [column('本年处理决定数量')];
const stockColumns2021 = [
  column('本年制发件数', { aliases: ['本年新制作数量'] }),
  column('本年废止件数'),
  column('现行有效件数'),
];

const table2Rows2021: RowDeclaration[] = [
  ...itemRows('一', stockColumns2021, '规章', ['行政规范性文件', '规范性文件']),
  ...itemRows('五', decisionsColumn2021, '行政许可'),
  ...itemRows('六', decisionsColumn2021, '行政处罚', '行政强制'),
  ...itemRows(
    '八',
    [
      {
        key: '本年收费金额(万元)',
        label: '本年收费金额（单位：万元）',
        aliases: ['本年收费金额', '本年收费金额(单位:万元)'],
        unit: '万元',
        decimal: true,
      },
    ],
    '行政事业性收费',
  ),
];

export const gov2021: FormatDeclaration = {
  id: 'gov-2021',
  name: '政府信息公开工作年度报告格式（2021年版）',
  basis: '国办公开办函〔2021〕30号',
  years: { from: 2021, to: null },
  chapters,
  tables: govTables('gov-2021', table2Rows2021),
};

const stockColumns2019 = [column('本年新制作数量'), column('本年新公开数量'), column('对外公开总数量')];
const itemColumns2019 = [
  column('上一年项目数量'),
  column('本年增/减', { signed: true }),
  column('处理决定数量'),
];

const table2Rows2019: RowDeclaration[] = [
  ...itemRows('一', stockColumns2019, '规章', ['规范性文件', '行政规范性文件']),
  ...itemRows('五', itemColumns2019, '行政许可', '其他对外管理服务事项'),
  ...itemRows('六', itemColumns2019, '行政处罚', '行政强制'),
  ...itemRows('八', itemColumns2019.slice(0, 2), '行政事业性收费'),
  ...itemRows(
    '九',
    [
      column('采购项目数量'),
      // Printed “采购总金额” with no unit; cells carry 元 or 万元 — normalised to 元.
      { key: '采购总金额(元)', label: '采购总金额', aliases: ['采购总金额(元)'], unit: '元', decimal: true },
    ],
    '政府集中采购',
  ),
];

export const gov2019: FormatDeclaration = {
  id: 'gov-2019',
  name: '政府信息公开工作年度报告格式（试行）',
  basis: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  chapters,
  tables: govTables('gov-2019', table2Rows2019),
};
