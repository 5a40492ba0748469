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

/**
 * The markup report pages are really written in (Word exports, CMS templates, hand-edited tables),
 * through the scanner to the lines the reader yields. Each row was checked against htmlparser2 10,
 * whose tree the scanner reproduces (html-tree.test.ts compares the two on random markup).
 */
describe('htmlToText — tricky markup, through the scanner', () => {
  const cases: { name: string; html: string; text: string }[] = [
    // Implied closes: an element closed by the next one of its kind, or by a block.
    {
      name: '<p> closed by <div>',
      html: '<p>一、总体情况<div>正文</div>',
      text: '一、总体情况\n正文',
    },
    {
      name: '<li> closed by the next <li>',
      html: '<ul><li>甲<li>乙</ul>',
      text: '甲\n乙',
    },
    {
      name: '<td> and <tr> closed by the next cell and row (hand-written 表三)',
      html: '<table><tr><td>申请<td>3<tr><td>办结<td>2</table>',
      text: '| 申请 | 3 |\n| 办结 | 2 |',
    },
    {
      name: '<th> closed by <th>, header row closed by <tr>',
      html: '<table><tr><th>项目<th>数量<tr><td>收到<td>5</table>',
      text: '| 项目 | 数量 |\n| 收到 | 5 |',
    },
    {
      name: '<option> closed by <option>; form controls dropped',
      html: '<select><option>甲<option>乙</select><p>正文',
      text: '正文',
    },
    {
      name: '<dt>/<dd> closed by each other',
      html: '<dl><dt>项目<dd>5<dt>合计<dd>6</dl>',
      text: '项目\n5\n合计\n6',
    },
    // Void elements: no content, no end tag.
    {
      name: '<br>, <br/> and <hr> end lines',
      html: '<p>收到<br>申请<br/>5件<hr>完</p>',
      text: '收到\n申请\n5件\n完',
    },
    {
      name: '<img> and <input> hold nothing (the text after them stays in the line)',
      html: '<p>甲<img src=x.png>乙<input value=1>丙</p>',
      text: '甲乙丙',
    },
    // Raw text: markup inside is not markup.
    {
      name: '</td> inside a script string does not end the script',
      html: '<script>document.write("</td>")</script><p>正文</p>',
      text: '正文',
    },
    {
      name: '<style> content is not text',
      html: '<style>p { color: red }</style><p>正文</p>',
      text: '正文',
    },
    {
      name: '<textarea> holds raw text (and is dropped)',
      html: '<textarea><p>不是标签</p></textarea><p>正文</p>',
      text: '正文',
    },
    // Comments, CDATA, declarations split text but yield nothing.
    {
      name: 'a commented-out table is not read',
      html: '<p>甲<!-- <table><tr><td>9</td></tr></table> -->乙</p>',
      text: '甲乙',
    },
    {
      name: 'CDATA is a comment in HTML',
      html: '<p>甲<![CDATA[ 内容 ]]>乙</p>',
      text: '甲乙',
    },
    {
      name: '<!DOCTYPE> and <?xml?> yield nothing',
      html: '<!DOCTYPE html><?xml version="1.0"?><p>正文</p>',
      text: '正文',
    },
    {
      name: '</1> is a bogus comment',
      html: '<p>甲</1>乙</p>',
      text: '甲乙',
    },
    // Attributes with and without quotes.
    {
      name: 'colspan unquoted, rowspan double-quoted',
      html: '<table><tr><td colspan=2>合计</td><td rowspan="2">3</td></tr><tr><td>a</td><td>1</td></tr></table>',
      text: '| 合计 | 3 |\n| a | 1 | 3 |',
    },
    {
      name: "colspan single-quoted (Word's style)",
      html: "<table><tr><td colspan='2'>合计</td><td>3</td></tr><tr><td>a</td><td>1</td><td>x</td></tr></table>",
      text: '| 合计 | 3 |\n| a | 1 | x |',
    },
    {
      name: 'hidden (no value), unquoted style, role hide their element',
      html: '<p hidden>隐藏</p><p style=display:none>也隐藏</p><p role=navigation>导航</p><p>正文</p>',
      text: '正文',
    },
    // Character references.
    {
      name: '&nbsp; &#160; &#x3000; cells are empty cells',
      html: '<table><tr><td>甲</td><td>&nbsp;</td><td>&#160;</td><td>&#x3000;</td><td>1</td></tr></table>',
      text: '| 甲 |  |  |  | 1 |',
    },
    {
      name: 'named references with and without ;, numeric ones, C1 numbers as Windows-1252, unknown names',
      html: '<p>&copy2024 &notit; &amp &lt;td&gt; &#20013;&#x6587; &#128; &bogus;</p>',
      text: '©2024 ¬it; & <td> 中文 € &bogus;',
    },
    // Case, stray and broken markup.
    {
      name: 'upper-case tags',
      html: '<P>大写<TD>单元</TD></P><Table><TR><TD>甲</TD><TD>1</TD><TD>2</TD></TR></Table>',
      text: '大写\n单元\n| 甲 | 1 | 2 |',
    },
    {
      name: 'a stray </p> is a line break',
      html: '<p>甲</p></p>乙',
      text: '甲\n乙',
    },
    {
      name: '</br> is <br>',
      html: '<p>甲</br>乙</p>',
      text: '甲\n乙',
    },
    {
      name: '</> is text',
      html: '<p>甲</>乙</p>',
      text: '甲</>乙',
    },
    {
      name: '< before a blank is text',
      html: '<p>a < b 且 c</p>',
      text: 'a < b 且 c',
    },
    // Cut off at the end of the file.
    {
      name: 'unclosed cells and rows at the end still make a row',
      html: '<table><tr><td>甲</td><td>1</td><td>2',
      text: '| 甲 | 1 | 2 |',
    },
    {
      name: 'a start tag cut off is dropped',
      html: '<p>正文<span',
      text: '正文',
    },
    {
      name: 'an end tag cut off after its name is read',
      html: '<p>正文</p  ',
      text: '正文',
    },
    {
      name: 'cut off after <br/: the last character is text (as htmlparser2 does)',
      html: '<p>正文<br/',
      text: '正文/',
    },
    {
      name: 'cut off inside what could still be <title>: the name is text (as htmlparser2 does)',
      html: '<p>甲<t',
      text: '甲t',
    },
  ];
  it.each(cases)('$name', ({ html, text }) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('decodes references in <title> (the report title when no CMS meta tag names it)', () => {
    expect(htmlToText('<title>报告 &amp; 附件</title><p>正文</p>').metadata.title).toBe('报告 & 附件');
  });
});
