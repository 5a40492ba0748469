import { describe, expect, it } from 'vitest';
import type { ReportData } from '../report-format/index.ts';
import { checkReport } from './check-report.ts';
import { consistentGovReport, report } from './report-builder.ts';
import type { CheckContext } from './types.ts';

const prose = (text: string, extra: Partial<ReportData> = {}) =>
  report('narrative-only', { year: 2015, agency: '白石山镇人民政府', text, ...extra });
/** A 2022 report whose 表三 holds 24 new + 2 carried-over requests and 25 results (办理结果总计). */
const withTable3 = (text: string) => ({ ...consistentGovReport('gov-2021', 2022), text });

type Case = [name: string, data: ReportData, code: string, says: string | null, ctx?: CheckContext];

const cases: Case[] = [
  // N-PERCENT (checks.md: 70/136 = 51.47%)
  [
    'N-PERCENT passes 70/136 = 51.47% with the whole stated earlier',
    prose('在2015年公开的136条信息中,公开规范性文件类信息为70条,占全年公开信息总数的比例为51.47%。'),
    'N-PERCENT',
    null,
  ],
  [
    'N-PERCENT passes 47/136 = 34.56% with the whole in another paragraph (总数为136条)',
    prose('2015年,我镇公开信息总数为136条。\n我镇在网站发布信息47条,占全年公开信息总数的34.56%。'),
    'N-PERCENT',
    null,
  ],
  [
    'N-PERCENT catches 70/136 stated as 57.14%',
    prose('在2015年公开的136条信息中,公开规范性文件类信息为70条,占全年公开信息总数的比例为57.14%。'),
    'N-PERCENT',
    '正文称 70条占 57.14%，但按总数 136条 计算为 51.47%',
  ],
  [
    'N-PERCENT accepts a truncated percentage (2/3 = 66.6%)',
    prose('全年共收到申请3件,其中网络申请2件,占66.6%。'),
    'N-PERCENT',
    null,
  ],
  [
    'N-PERCENT says nothing when no whole is stated',
    prose('网站发布信息47条,占全市的12.5%。'),
    'N-PERCENT',
    null,
  ],
  // 上海 2019 (test/fixtures/reports): “答复…805件。予以公开及部分公开258件，占33.9%” — a share of
  // a 办理结果 with no cue word before its whole: the table's 办理结果总计, stated in the paragraph too.
  [
    'N-PERCENT checks a result’s share against 表三 办理结果总计 that the paragraph states (22/25 ≠ 80%)',
    withTable3('本年收到申请24件，答复申请25件。予以公开及部分公开22件，占80%。'),
    'N-PERCENT',
    '正文称 22件占 80%，但按表中办理结果总数 25件 计算为 88%',
  ],
  [
    'N-PERCENT: a result’s share of the requests received with those carried over (22/26 = 84.6%) is right',
    withTable3('本年收到申请24件，答复申请25件。予以公开及部分公开22件，占84.6%。'),
    'N-PERCENT',
    null,
  ],
  [
    'N-PERCENT: the table total not stated in the prose — the share’s whole is not certain',
    withTable3('本年收到申请24件。予以公开及部分公开22件，占80%。'),
    'N-PERCENT',
    null,
  ],
  [
    'N-PERCENT: a share of something other than a 办理结果 is not checked against 办理结果总计',
    withTable3('本年收到申请24件，答复申请25件。网上申请22件，占80%。'),
    'N-PERCENT',
    null,
  ],
  // N-SUM
  [
    'N-SUM: a cumulative figure smaller than one year’s (fixture 001 shape)',
    prose('截止2017年,通过站前街信息公开网共发布信息137条。\n2013-2017年,全街累计公开政府信息66条。', {
      year: 2017,
    }),
    'N-SUM',
    '正文称2013—2017年累计公开信息 66 条，少于同一报告所称一年内的 137 条',
  ],
  [
    'N-SUM: parts listed after 其中 add up to more than the total',
    prose('全年共公开政府信息100条,其中规范性文件60条、人事信息30条、财政信息20条。'),
    'N-SUM',
    '正文称共 100条，但其后所列分项相加为 60 + 30 + 20 = 110条，超过总数',
  ],
  [
    'N-SUM: the listing stops at the next total (“…；共办理718件”)',
    prose(
      '全县全年共受理政府信息公开申请749件,其中自然人申请741件,法人或其他组织申请8件;共办理718件,结转下一年31件。',
    ),
    'N-SUM',
    null,
  ],
  [
    'N-SUM: the listing stops at a new count (办结)',
    prose('全年共收到申请100件,其中新收95件、上年结转5件,办结98件。'),
    'N-SUM',
    null,
  ],
  [
    'N-MISSING-NUMBER: 建议件 is a noun',
    prose('全年共办理人大建议件,均按时办结。'),
    'N-MISSING-NUMBER',
    null,
  ],
  [
    'N-SUM: a partial listing below the total is fine',
    prose('全年共公开政府信息100条,其中规范性文件60条、人事信息30条。'),
    'N-SUM',
    null,
  ],
  [
    'N-SUM: overlapping channels may exceed the total',
    prose('全年共公开政府信息100条,其中政府网站发布80条、政务微信发布60条。'),
    'N-SUM',
    null,
  ],
  [
    'N-SUM: an approximate total (余) is not summed',
    prose('全年共公开各类政府信息12200余条,其中政策法规类信息36条;规划计划类信息23条。'),
    'N-SUM',
    null,
  ],
  // N-MISSING-NUMBER
  [
    'N-MISSING-NUMBER: “全年公开核准企业资质条”',
    prose('全年公开核准企业资质条,方便群众查询。'),
    'N-MISSING-NUMBER',
    '缺少数字',
  ],
  [
    'N-MISSING-NUMBER: 文件 is a noun, not a lost count',
    prose('全年公开规范性文件,方便群众查询。'),
    'N-MISSING-NUMBER',
    null,
  ],
  // N-LOST-FIGURE
  [
    'N-LOST-FIGURE: “（如下图）” with no chart',
    prose('全街累计公开政府信息66条(如下图)。\n三、依申请公开'),
    'N-LOST-FIGURE',
    '如下图',
  ],
  [
    'N-LOST-FIGURE: 附表 present in the text is fine',
    prose('详见附表。\n| 统计指标 | 单位 | 统计数 |\n| 收到申请数 | 件 | 2 |', {
      tablesFound: ['statistics'],
    }),
    'N-LOST-FIGURE',
    null,
  ],
  // D-YEAR (2019 条例 Art. 49: the report is written after the year)
  [
    'D-YEAR: signed before the reported year ended (fixture 001 shape)',
    prose('……\n四平市铁西区站前街道办事处\n2017年3月18日', { year: 2017 }),
    'D-YEAR',
    '落款日期 2017年3月18日 早于所报告的 2017 年度结束',
  ],
  ['D-YEAR: signed in the next year is fine', prose('……\n白石山镇人民政府\n2016年1月18日'), 'D-YEAR', null],
  [
    'D-YEAR: a plan dated in the report year (“预计2015年2月”)',
    prose('编写工作正在进行中,预计2015年2月中下旬完成编制和审核工作。'),
    'D-YEAR',
    '计划日期“预计2015年2月”不在报告年度之后，应为 2016 年或以后',
  ],
  ['D-YEAR: a plan for the next year is fine', prose('预计2016年2月中下旬完成编制。'), 'D-YEAR', null],
  // D-DEADLINE (2019 条例 Art. 49; 2008 条例 Art. 31)
  [
    'D-DEADLINE: a government publishing after 31 March',
    prose('……', { year: 2022, agency: '某县人民政府', dates: { publishedOn: '2023-04-10' } }),
    'D-DEADLINE',
    '发布日期 2023年4月10日 晚于法定公布期限 2023年3月31日',
  ],
  [
    'D-DEADLINE: a department told by the caller, published in March',
    prose('……', { year: 2022, agency: '某县发展和改革局', dates: { publishedOn: '2023-03-01' } }),
    'D-DEADLINE',
    '晚于法定公布期限 2023年1月31日',
    { bodyKind: 'department' },
  ],
  [
    'D-DEADLINE: in time for a township (31 March)',
    prose('……', { year: 2024, agency: '遂溪县洋青镇人民政府', dates: { signedOn: '2025-01-16' } }),
    'D-DEADLINE',
    null,
  ],
  [
    'D-DEADLINE: 2018 report under the 2008 条例 — 31 March for everyone',
    prose('……', { year: 2018, agency: '某县发展和改革局', dates: { publishedOn: '2019-03-20' } }),
    'D-DEADLINE',
    null,
    { bodyKind: 'department' },
  ],
  // D-PERIOD
  [
    'D-PERIOD: the calendar year is fine',
    prose('本年度报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。', { year: 2017 }),
    'D-PERIOD',
    null,
  ],
  [
    'D-PERIOD: a blank period (“自至”)',
    prose('本报告统计期限自至。', { year: 2017 }),
    'D-PERIOD',
    '统计期限的起止日期空白',
  ],
  [
    'D-PERIOD: another period',
    prose('统计期限自2016年12月1日起至2017年11月30日止。', { year: 2017 }),
    'D-PERIOD',
    '不是 2017 年 1月1日至12月31日',
  ],
  // C-* (条例 Art. 12 contact details)
  [
    'C-URL: doubled scheme',
    prose('本年报通过蛟河市人民政府(http://http://www.jhcity.gov.cn)向社会公开。'),
    'C-URL',
    '协议头重复',
  ],
  [
    'C-URL: .gov.xn',
    prose('政府信息公开网(http://www.jiaohe.gov.xn)向社会公开。'),
    'C-URL',
    '“.gov.xn”不存在',
  ],
  ['C-URL: a space inside', prose('网址:http://www.jhcity. gov.cn 欢迎访问。'), 'C-URL', '空格'],
  [
    'C-URL: a good address',
    prose('网站网址http://txqxxgk.siping.gov.cn/zsts,联系电话0434-3230459'),
    'C-URL',
    null,
  ],
  [
    'C-PHONE: 0432-67051348 is fine',
    prose('电话:0432-67051348,邮箱:baishishan389@163.com。'),
    'C-PHONE',
    null,
  ],
  ['C-PHONE: a local 7-digit number is fine', prose('举报电话:5153389,通信地址:文星社区。'), 'C-PHONE', null],
  [
    'C-PHONE: six digits after the area code',
    prose('联系电话:0432-670513。'),
    'C-PHONE',
    '区号后的号码为 6 位',
  ],
  ['C-PHONE: a 12-digit mobile', prose('联系电话:138123456789。'), 'C-PHONE', '手机号码为 12 位'],
  ['C-PHONE: a 400 service number is fine', prose('服务热线电话:400-820-1234。'), 'C-PHONE', null],
  [
    'C-EMAIL: a social-media handle is not an e-mail',
    prose('欢迎关注新浪微博@tengchong2019获取信息。'),
    'C-EMAIL',
    null,
  ],
  [
    'C-URL: a space after the scheme',
    prose('网址:http:// www.jhcity.gov.cn 欢迎访问。'),
    'C-URL',
    '地址中间有空格',
  ],
  [
    'S-SECTIONS: a chapter heading lost while its words remain is only info',
    prose('（二）2025年工作中存在的主要问题\n……', {
      year: 2025,
      tablesFound: ['table2', 'table3', 'table4'],
      chapters: ['一', '二', '三', '四', '六'].map((number) => ({
        number,
        title: '',
        span: { start: 0, end: 0 },
      })),
    }),
    'S-SECTIONS',
    '五、存在的主要问题及改进情况（正文中有相关内容，但没有该部分的标题）',
  ],
  ['C-POSTCODE: 132503 is fine', prose('邮编:132503,电话:0432-67051348'), 'C-POSTCODE', null],
  ['C-POSTCODE: five digits', prose('邮编:13250,电话:0432-67051348'), 'C-POSTCODE', '为 5 位'],
  ['C-EMAIL: well-formed', prose('邮箱:baishishan389@163.com。'), 'C-EMAIL', null],
  ['C-EMAIL: comma for dot', prose('邮箱:baishishan389@163,com。'), 'C-EMAIL', '有误'],
  ['C-EMAIL: no @', prose('电子邮箱:baishishan389.163.com。'), 'C-EMAIL', '缺少“@”'],
  // Addresses without a cue word are found from their at sign: the whole run of address
  // characters before it, from its first character, whatever precedes the run.
  [
    'C-EMAIL: an address without a cue, from the start of its run',
    prose('意见请发至gov-2019.tc@163,com。我们将及时回复。'),
    'C-EMAIL',
    '电子邮箱“gov-2019.tc@163,com”有误：域名中的“.”写成了“,”',
  ],
  [
    'C-EMAIL: a full-width at sign',
    prose('来信请寄tcgov＠163.com。'),
    'C-EMAIL',
    '“tcgov＠163.com”有误：“@”写成了全角“＠”',
  ],
  ['C-EMAIL: two at signs', prose('来信请寄tc@gov@163.com。'), 'C-EMAIL', '“tc@gov@163.com”有误：有多个“@”'],
  // C-CONSISTENT-FORMAT
  [
    'C-CONSISTENT-FORMAT: 发布机构 ≠ the body of the report (fixture 004 shape)',
    prose('腾越镇2018年政府信息公开工作年度报告', {
      year: 2018,
      agency: '腾越镇',
      metadata: { publisher: '腾冲市腾越街道办事处' },
    }),
    'C-CONSISTENT-FORMAT',
    '页面发布机构为“腾冲市腾越街道办事处”，报告中的主体为“腾越镇”',
  ],
  [
    'C-CONSISTENT-FORMAT: the government office publishing the government’s report',
    prose('……', { agency: '某县人民政府', metadata: { publisher: '某县人民政府办公室' } }),
    'C-CONSISTENT-FORMAT',
    null,
  ],
  [
    'C-CONSISTENT-FORMAT: the year in the title differs from the report year',
    prose('示例镇2016年政府信息公开工作年度报告\n……', { year: 2015 }),
    'C-CONSISTENT-FORMAT',
    '标题中的年份 2016 与报告所述年度 2015 不一致',
  ],
  [
    'C-CONSISTENT-FORMAT: a year quoted in the body is not the title',
    prose(
      '示例镇政府信息公开工作年度报告\n一、总体情况\n二、\n三、\n根据《关于做好2016年政府信息公开工作年度报告编制工作的通知》要求……',
      {
        year: 2015,
      },
    ),
    'C-CONSISTENT-FORMAT',
    null,
  ],
  // S-SECTIONS / S-FORMAT
  [
    'S-SECTIONS: a 2015 report with no 统计表 (warning)',
    prose('一、基本工作情况\n……'),
    'S-SECTIONS',
    '2015 年报告未附政府信息公开情况统计表',
  ],
  [
    'S-SECTIONS: gov-2021 chapters 三/四 with no table (error)',
    prose('……', {
      year: 2024,
      chapters: ['一', '二', '三', '四', '五', '六'].map((number) => ({
        number,
        title: '',
        span: { start: 0, end: 0 },
      })),
    }),
    'S-SECTIONS',
    '缺少表二、表三、表四（第二、三、四部分有标题，但没有表格）',
  ],
  [
    'S-FORMAT: a 2022 report in the 2019 layout',
    report('gov-2019', { year: 2022, text: '……', tablesFound: ['table2', 'table3', 'table4'] }),
    'S-FORMAT',
    '2022 年报告的表格采用了2019年试行格式，该年度应采用2021年版格式',
  ],
  // P-*
  ['P-EMPTY: an empty file', prose(''), 'P-EMPTY', '没有任何文字'],
  ['P-BINARY: control characters', prose('\u0000\u0001\u0002\u0003\ufffd\ufffd abc'), 'P-BINARY', '乱码'],
  [
    'P-UNREADABLE: the parser’s reason',
    prose('', { unreadable: '不是可识别的文本、HTML、PDF 或 DOCX 文件' }),
    'P-UNREADABLE',
    '无法读取报告：不是可识别的文本',
  ],
  [
    'P-NO-TEXT-LAYER passed on from the parser',
    prose('', { problems: [{ code: 'P-NO-TEXT-LAYER', message: 'PDF 没有文字层（扫描件），无法读取' }] }),
    'P-NO-TEXT-LAYER',
    'PDF 没有文字层',
  ],
];

describe('prose, date, structure, contact and parse rules (shared/domain/checks.md)', () => {
  it.each(cases)('%s', (_name, data, code, says, ctx) => {
    const findings = checkReport(data, ctx ?? {}).filter((f) => f.code === code);
    if (says === null) expect(findings).toEqual([]);
    else expect(findings.map((f) => f.message).join('\n')).toContain(says);
  });

  it('every finding carries evidence text for prose rules', () => {
    const data = prose('本年报通过蛟河市人民政府(http://http://www.jhcity.gov.cn)向社会公开。');
    const [f] = checkReport(data).filter((x) => x.code === 'C-URL');
    expect(f?.evidence).toContain('http://http://www.jhcity.gov.cn');
  });

  it('an unreadable report gets only parse findings', () => {
    const data = prose('预计2015年2月完成', { unreadable: '文件损坏' });
    expect(checkReport(data).map((f) => f.code)).toEqual(['P-UNREADABLE']);
  });
});
