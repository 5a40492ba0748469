import { describe, expect, it } from 'vitest';
import {
  classifyRequest,
  national2014Fields,
  reportDueDate,
  reminderState,
  table2Fields,
  table3Fields,
} from './index.ts';
import { INITIAL_STATE, type RequestState } from '../request/state.ts';
import { tableGrids, placeGrid } from '../../render/report/layout.ts';

const state = (over: Partial<RequestState>): RequestState => ({
  ...INITIAL_STATE,
  applicantType: '自然人',
  ...over,
});

describe('classifyRequest — where a request falls in the 表三 of a year (gov-2021)', () => {
  it.each([
    [
      'received and closed in 2025 → 本年新收 + its row',
      { receiptDate: '2025-03-01', closedOn: '2025-03-20', outcome: 'disclose' },
      { carriedIn: false, row: '予以公开' },
    ],
    [
      'received 2024, closed 2025 → 上年结转 + its row',
      { receiptDate: '2024-12-30', closedOn: '2025-01-10', outcome: 'refuse-privacy' },
      { carriedIn: true, row: '不予公开.保护第三方合法权益' },
    ],
    [
      'received 2025, open on 31 Dec → 结转下年度',
      { receiptDate: '2025-12-29', closedOn: null, outcome: null },
      { carriedIn: false, row: null },
    ],
    [
      'closed 2026 → still 结转下年度 in 2025',
      { receiptDate: '2025-12-01', closedOn: '2026-01-05', outcome: 'disclose' },
      { carriedIn: false, row: null },
    ],
    [
      'withdrawn → 其他处理.其他 (30号)',
      { receiptDate: '2025-05-01', closedOn: '2025-05-02', outcome: 'withdrawn' },
      { carriedIn: false, row: '其他处理.其他' },
    ],
  ] as const)('%s', (_name, over, expected) => {
    expect(classifyRequest(state(over as Partial<RequestState>), 2025)).toEqual({
      applicantType: '自然人',
      ...expected,
    });
  });

  it.each([
    ['closed before the year', { receiptDate: '2024-01-01', closedOn: '2024-12-31', outcome: 'disclose' }],
    ['received after the year', { receiptDate: '2026-01-01', closedOn: null, outcome: null }],
  ] as const)('not in the 2025 table: %s', (_name, over) => {
    expect(classifyRequest(state(over as Partial<RequestState>), 2025)).toBeNull();
  });
});

describe('table3Fields', () => {
  it('gov-2019 (60号) folds the three 其他处理 rows into one', () => {
    const fields = table3Fields('gov-2019', [
      { applicantType: '商业企业', carriedIn: false, row: '其他处理.申请人无正当理由逾期不补正', count: 2 },
      { applicantType: '商业企业', carriedIn: false, row: '其他处理.其他', count: 1 },
    ]);
    expect(fields['其他处理.商业企业']).toBe(3);
    expect(fields['办理结果总计.总计']).toBe(3);
  });
  it('refuses a column that is not in 表三 with a coded Chinese message', () => {
    expect(() =>
      table3Fields('gov-2021', [{ applicantType: '个体户', carriedIn: false, row: null, count: 1 }]),
    ).toThrow(/不是表三的列/);
  });
});

describe('table2Fields — 第二十条 rows', () => {
  const facts = { made: 2, repealed: null, inForce: 10, publishedInYear: 2, publishedTotal: 11 };
  it('gov-2021: catalogue fills 规章/行政规范性文件; a figure not entered stays null and is named', () => {
    const { fields, notes } = table2Fields(
      'gov-2021',
      { regulations: facts, normativeDocuments: facts },
      { '行政许可.本年处理决定数量': 7 },
    );
    expect(fields['行政规范性文件.本年制发件数']).toBe(2);
    expect(fields['行政规范性文件.现行有效件数']).toBe(10);
    expect(fields['行政规范性文件.本年废止件数']).toBeNull();
    expect(fields['行政许可.本年处理决定数量']).toBe(7);
    expect(notes[0]).toContain('行政处罚.本年处理决定数量');
  });
  it('gov-2019: 本年新公开数量 and 对外公开总数量 from publication', () => {
    const { fields } = table2Fields('gov-2019', { regulations: facts, normativeDocuments: facts }, {});
    expect([fields['规范性文件.本年新公开数量'], fields['规范性文件.对外公开总数量']]).toEqual([2, 11]);
  });
});

describe('national2014Fields — 2014–2018 统计表', () => {
  const { fields, notes } = national2014Fields({
    requests: [
      {
        channel: 'in-person',
        receivedInYear: true,
        outcome: 'disclose-already-public',
        extended: false,
        count: 3,
      },
      { channel: 'email', receivedInYear: true, outcome: 'refuse-trade-secret', extended: true, count: 2 },
      { channel: 'other', receivedInYear: true, outcome: null, extended: false, count: 1 },
      { channel: 'post', receivedInYear: false, outcome: 'correction-lapsed', extended: false, count: 1 },
    ],
    appeals: { '行政复议.结果维持': 1, '行政复议.尚未审结': 2 },
    figures: { '从事政府信息公开工作人员数.专职人员数': 2, '从事政府信息公开工作人员数.兼职人员数': 3 },
  });
  it.each([
    ['收到申请数 (all channels)', '收到申请数', 6],
    ['e-mail counts as 网络申请', '收到申请数.网络申请数', 2],
    ['L-CLOSED 按时 + 延期', '申请办结数', 6],
    ['延期办结 when extended', '申请办结数.延期办结数', 2],
    ['item 1 属于已主动公开范围', '申请答复数.1.属于已主动公开范围数', 3],
    ['item 4 with its 商业秘密 reason', '申请答复数.4.不同意公开答复数.涉及商业秘密', 2],
    ['逾期不补正 → item 7', '申请答复数.7.告知作出更改补充数', 1],
    ['L-REVIEW counts concluded cases only', '行政复议数量', 1],
    ['L-STAFF 专职 + 兼职', '从事政府信息公开工作人员数', 5],
  ])('%s', (_name, key, value) => expect(fields[key]).toBe(value));
  it('says why a request is in no channel row and why open appeals are not counted', () => {
    expect(notes.join('')).toMatch(/1件申请通过统计表未列明的其他渠道/);
    expect(notes.join('')).toMatch(/行政复议尚未审结2件/);
  });
  it('refuses an entered figure for a cell the records count', () => {
    expect(() => national2014Fields({ requests: [], appeals: {}, figures: { 收到申请数: 9 } })).toThrow(
      /不能填报/,
    );
  });
});

describe('reportDueDate — 2019 条例 Art. 49 (2008 条例 Art. 31 before 2019)', () => {
  it.each([
    ['department, 2025 → 31 January', 'department', '03-31', 2025, '2026-01-31'],
    ['county government → 31 March', 'county', '03-31', 2025, '2026-03-31'],
    ['township with an earlier county date', 'township', '02-28', 2025, '2026-02-28'],
    ['a configured date after the statute is capped', 'department', '03-31', 2025, '2026-01-31'],
    ['2018 report of a department (2008 条例: 31 March)', 'department', '03-31', 2018, '2019-03-31'],
  ])('%s', (_name, kind, configured, year, due) => expect(reportDueDate(kind, configured, year)).toBe(due));
  it.each([
    [false, '2026-03-01', 'due-soon'],
    [false, '2026-04-01', 'overdue'],
    [false, '2026-01-02', 'due'],
    [true, '2026-04-01', 'published'],
  ] as const)('published=%s on %s → %s', (published, today, expected) => {
    expect(reminderState(published, today, '2026-03-31')).toBe(expected);
  });
});

describe('official layout of 表三 (30号): merged header and label cells', () => {
  it('fills a 10-column grid with no hole and no overlap; 三、本年度办理结果 spans its 22 rows', () => {
    const grid = tableGrids('gov-2021', {}).find((g) => g.id === 'table3')!;
    const covered = new Map<string, number>();
    for (const { row, col, cell } of placeGrid(grid)) {
      for (let r = 0; r < (cell.rowSpan ?? 1); r += 1)
        for (let c = 0; c < (cell.colSpan ?? 1); c += 1)
          covered.set(`${row + r},${col + c}`, (covered.get(`${row + r},${col + c}`) ?? 0) + 1);
    }
    const rows = grid.header.length + grid.body.length;
    expect(covered.size).toBe(rows * 10);
    expect([...covered.values()].every((n) => n === 1)).toBe(true);
    expect(grid.body.flat().find((c) => c.text === '三、本年度办理结果')?.rowSpan).toBe(22);
  });
});
