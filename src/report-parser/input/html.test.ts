import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, unescapeScriptString } from './html.ts';

const lines = (html: string): string[] => htmlToText(html).text.split('\n');

describe('htmlToText — how report pages are really written', () => {
  const cases: { name: string; html: string; expected: string[] }[] = [
    {
      name: 'heading split across <span>s (extra fixture 01: 三|、本|年|度) reads whole',
      html: '<p><span>三</span><span>、本</span><span>年</span><span>度</span><font>办理结果</font></p><p>正文</p>',
      expected: ['三、本年度办理结果', '正文'],
    },
    {
      name: '&nbsp; cells are empty cells, kept in place (gov-2021 表三 legal-person columns)',
      html: '<table><tr><td>一、本年新收政府信息公开申请数量</td><td>26</td><td>&nbsp;</td><td> &nbsp; </td><td>26</td></tr></table>',
      expected: ['| 一、本年新收政府信息公开申请数量 | 26 |  |  | 26 |'],
    },
    {
      name: '<br> and <p> inside a cell join into one cell (Chinese without a space, figures apart)',
      html: '<table><tr><td>本年新收<br>政府信息公开申请数量</td><td><p>12</p><p>3</p></td><td>x</td></tr></table>',
      expected: ['| 本年新收政府信息公开申请数量 | 12 3 | x |'],
    },
    {
      name: 'rowspan label repeated on each row it covers, colspan written once (表三 三、本年度办理结果)',
      html:
        '<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>' +
        '<tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>' +
        '<tr><td colspan="3">四、结转下年度继续办理</td><td>1</td></tr></table>',
      expected: [
        '| 三、本年度办理结果 | （一）予以公开 | 5 |',
        '| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 |',
        '| 四、结转下年度继续办理 | 1 |',
      ],
    },
    {
      name: 'a row that is one cell across the table (a caption) is plain text',
      html: '<table><tr><td colspan="3">收到和处理政府信息公开申请情况</td></tr><tr><td>a</td><td>1</td><td>2</td></tr></table>',
      expected: ['收到和处理政府信息公开申请情况', '| a | 1 | 2 |'],
    },
    {
      name: 'table written by document.write with concatenated strings',
      html:
        "<p>二、主动公开政府信息情况</p><script>document.write('<table><tr><td>规章</td>' + '<td>0</td><td>1</td></tr>');" +
        'document.write("<tr><td>行政规范性文件</td><td>8</td><td>18</td></tr></table>");</script>',
      expected: ['二、主动公开政府信息情况', '| 规章 | 0 | 1 |', '| 行政规范性文件 | 8 | 18 |'],
    },
    {
      name: 'table inside a JSON string with \\u003c escapes',
      html: '<script>var data = {"content":"\\u003ctable\\u003e\\u003ctr\\u003e\\u003ctd\\u003e行政复议\\u003c/td\\u003e\\u003ctd\\u003e2\\u003c/td\\u003e\\u003c/tr\\u003e\\u003c/table\\u003e"};</script>',
      expected: ['| 行政复议 | 2 |'],
    },
    {
      name: 'the whole article in a JS string with escaped quotes, prose and table (a CMS data file, 上海 2019)',
      html:
        '<script>// 字典项\nlet menu = [{"name": "政府信息公开年报"}];\n' +
        "let content = \"<p style='text-align: center'>2019年某市人民政府办公厅政府信息公开工作年度报告</p><p>一、总体情况</p>" +
        '<p>共受理政府信息公开申请859件。</p><table align=\\"center\\" border=\\"1\\"><tbody><tr><td colspan=\\"3\\"><p>一、本年新收政府信息公开申请数量</p></td>' +
        '<td><p align=\\"center\\">821</p></td><td><p>&nbsp;</p></td><td><p>859</p></td></tr></tbody></table><p>四、结尾</p>";</script>',
      expected: [
        '2019年某市人民政府办公厅政府信息公开工作年度报告',
        '一、总体情况',
        '共受理政府信息公开申请859件。',
        '| 一、本年新收政府信息公开申请数量 | 821 |  | 859 |',
        '四、结尾',
      ],
    },
    {
      name: 'scripts without tables, styles, nav and hidden elements are dropped',
      html: '<nav>首页 走进</nav><style>p{}</style><script>var a = "<p>x</p>";</script><div style="display:none">隐藏</div><p>报告正文</p>',
      expected: ['报告正文'],
    },
    {
      name: 'a layout table (whole article in a cell, nested data table) is read as blocks',
      html: '<table><tr><td><p>一、总体情况</p><p>正文</p><table><tr><td>行政诉讼</td><td>0</td><td>1</td></tr></table></td></tr></table>',
      expected: ['一、总体情况', '正文', '| 行政诉讼 | 0 | 1 |'],
    },
    {
      name: 'a pipe inside a cell cannot split the row',
      html: '<table><tr><td>a|b</td><td>1</td><td>2</td></tr></table>',
      expected: ['| a｜b | 1 | 2 |'],
    },
    {
      name: 'truncated page (cut off mid-table) still gives the rows read so far',
      html: '<p>三、收到和处理</p><table><tr><td>自然人</td><td>3</td><td>4</td></tr><tr><td>总计',
      expected: ['三、收到和处理', '| 自然人 | 3 | 4 |', '| 总计 |'],
    },
  ];
  it.each(cases)('$name', ({ html, expected }) => {
    expect(lines(html)).toEqual(expected);
  });

  it('unescapes JS string syntax (\\x3c, \\/, escaped quotes, line continuations)', () => {
    expect(unescapeScriptString(String.raw`'\x3ctd\x3e\'a\'<\/td>'`)).toBe(`'<td>'a'</td>'`);
  });

  it('reads CMS meta tags and the <title>', () => {
    const page = htmlToText(
      '<html><head><title>站点</title><meta name="ArticleTitle" content="某县2023年政府信息公开工作年度报告">' +
        '<meta name="PubDate" content="2024-01-17 09:30"><meta name="ContentSource" content="某县人民政府办公室"></head><body>x</body></html>',
    );
    expect(page.metadata).toEqual({
      title: '某县2023年政府信息公开工作年度报告',
      publishedOn: '2024-01-17',
      publisher: '某县人民政府办公室',
    });
  });
});

describe('htmlToText — extra fixture 01 (沭阳县发改局 2023, gov-2021 page)', () => {
  const fixture = new URL(
    '../../../../shared/fixtures/published-reports-extra/01_2021fmt_jiangsu-shuyang-fgj_2023.txt',
    import.meta.url,
  );
  const text = htmlToText(readFileSync(fixture, 'utf8')).text;
  const rows = text.split('\n');
  const cases: { name: string; row: string }[] = [
    {
      name: '表三 新收: 自然人 26, five empty legal-person cells, 总计 26',
      row: '| 一、本年新收政府信息公开申请数量 | 26 |  |  |  |  |  | 26 |',
    },
    {
      name: '表三 予以公开 under its rowspan group label',
      row: '| 三、本年度办理结果 | （一）予以公开 | 26 |  |  |  |  |  | 26 |',
    },
    {
      name: '表三 结转下年度 (colspan label once)',
      row: '| 四、结转下年度继续办理 | 0 |  |  |  |  |  | 0 |',
    },
    {
      name: '表四: 复议 尚未审结 1, 总计 1, all 诉讼 0',
      row: '| 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    },
    { name: '表二 row labelled 规范性文件', row: '| 规范性文件 | 8 | 0 | 18 |' },
    { name: 'chapter heading joined from spans', row: '三、收到和处理政府信息公开申请情况' },
  ];
  it.each(cases)('$name', ({ row }) => {
    expect(rows).toContain(row);
  });
  it('drops the inline scripts and styles of the page', () => {
    expect(text).not.toMatch(/function|var |\{|\}/);
  });
});
