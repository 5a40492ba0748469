import { describe, expect, it } from 'vitest';
import { htmlToText } from './html.ts';

const lines = (html: string): string[] => htmlToText(html).text.split('\n');

/**
 * The markup report pages are really written in (Word exports, CMS templates, hand-edited tables),
 * through the scanner to the lines the reader yields. Each row was checked against htmlparser2 10,
 * whose tree the scanner reproduces (html-tree.test.ts compares the two on random markup).
 */
describe('html scanner — what the reader yields for tricky markup', () => {
  const cases: { name: string; html: string; expected: string[] }[] = [
    // Implied closes: an element closed by the next one of its kind, or by a block.
    {
      name: '<p> closed by <div>',
      html: '<p>一、总体情况<div>正文</div>',
      expected: ['一、总体情况', '正文'],
    },
    { name: '<li> closed by the next <li>', html: '<ul><li>甲<li>乙</ul>', expected: ['甲', '乙'] },
    {
      name: '<td> and <tr> closed by the next cell and row (hand-written 表三)',
      html: '<table><tr><td>申请<td>3<tr><td>办结<td>2</table>',
      expected: ['| 申请 | 3 |', '| 办结 | 2 |'],
    },
    {
      name: '<th> closed by <th>, header row closed by <tr>',
      html: '<table><tr><th>项目<th>数量<tr><td>收到<td>5</table>',
      expected: ['| 项目 | 数量 |', '| 收到 | 5 |'],
    },
    {
      name: '<option> closed by <option>; form controls dropped',
      html: '<select><option>甲<option>乙</select><p>正文',
      expected: ['正文'],
    },
    {
      name: '<dt>/<dd> closed by each other',
      html: '<dl><dt>项目<dd>5<dt>合计<dd>6</dl>',
      expected: ['项目', '5', '合计', '6'],
    },
    // Void elements: no content, no end tag.
    {
      name: '<br>, <br/> and <hr> end lines',
      html: '<p>收到<br>申请<br/>5件<hr>完</p>',
      expected: ['收到', '申请', '5件', '完'],
    },
    {
      name: '<img> and <input> hold nothing (the text after them stays in the line)',
      html: '<p>甲<img src=x.png>乙<input value=1>丙</p>',
      expected: ['甲乙丙'],
    },
    // Raw text: markup inside is not markup.
    {
      name: '</td> inside a script string does not end the script',
      html: '<script>document.write("</td>")</script><p>正文</p>',
      expected: ['正文'],
    },
    {
      name: '<style> content is not text',
      html: '<style>p { color: red }</style><p>正文</p>',
      expected: ['正文'],
    },
    {
      name: '<textarea> holds raw text (and is dropped)',
      html: '<textarea><p>不是标签</p></textarea><p>正文</p>',
      expected: ['正文'],
    },
    // Comments, CDATA, declarations split text but yield nothing.
    {
      name: 'a commented-out table is not read',
      html: '<p>甲<!-- <table><tr><td>9</td></tr></table> -->乙</p>',
      expected: ['甲乙'],
    },
    { name: 'CDATA is a comment in HTML', html: '<p>甲<![CDATA[ 内容 ]]>乙</p>', expected: ['甲乙'] },
    {
      name: '<!DOCTYPE> and <?xml?> yield nothing',
      html: '<!DOCTYPE html><?xml version="1.0"?><p>正文</p>',
      expected: ['正文'],
    },
    { name: '</1> is a bogus comment', html: '<p>甲</1>乙</p>', expected: ['甲乙'] },
    // Attributes with and without quotes.
    {
      name: 'colspan unquoted, rowspan double-quoted',
      html: '<table><tr><td colspan=2>合计</td><td rowspan="2">3</td></tr><tr><td>a</td><td>1</td></tr></table>',
      expected: ['| 合计 | 3 |', '| a | 1 | 3 |'],
    },
    {
      name: "colspan single-quoted (Word's style)",
      html: "<table><tr><td colspan='2'>合计</td><td>3</td></tr><tr><td>a</td><td>1</td><td>x</td></tr></table>",
      expected: ['| 合计 | 3 |', '| a | 1 | x |'],
    },
    {
      name: 'hidden (no value), unquoted style, role hide their element',
      html: '<p hidden>隐藏</p><p style=display:none>也隐藏</p><p role=navigation>导航</p><p>正文</p>',
      expected: ['正文'],
    },
    // Character references.
    {
      name: '&nbsp; &#160; &#x3000; cells are empty cells',
      html: '<table><tr><td>甲</td><td>&nbsp;</td><td>&#160;</td><td>&#x3000;</td><td>1</td></tr></table>',
      expected: ['| 甲 |  |  |  | 1 |'],
    },
    {
      name: 'named references with and without ;, numeric ones, C1 numbers as Windows-1252, unknown names',
      html: '<p>&copy2024 &notit; &amp &lt;td&gt; &#20013;&#x6587; &#128; &bogus;</p>',
      expected: ['©2024 ¬it; & <td> 中文 € &bogus;'],
    },
    // Case, stray and broken markup.
    {
      name: 'upper-case tags',
      html: '<P>大写<TD>单元</TD></P><Table><TR><TD>甲</TD><TD>1</TD><TD>2</TD></TR></Table>',
      expected: ['大写', '单元', '| 甲 | 1 | 2 |'],
    },
    { name: 'a stray </p> is a line break', html: '<p>甲</p></p>乙', expected: ['甲', '乙'] },
    { name: '</br> is <br>', html: '<p>甲</br>乙</p>', expected: ['甲', '乙'] },
    { name: '</> is text', html: '<p>甲</>乙</p>', expected: ['甲</>乙'] },
    { name: '< before a blank is text', html: '<p>a < b 且 c</p>', expected: ['a < b 且 c'] },
    // Cut off at the end of the file.
    {
      name: 'unclosed cells and rows at the end still make a row',
      html: '<table><tr><td>甲</td><td>1</td><td>2',
      expected: ['| 甲 | 1 | 2 |'],
    },
    { name: 'a start tag cut off is dropped', html: '<p>正文<span', expected: ['正文'] },
    { name: 'an end tag cut off after its name is read', html: '<p>正文</p  ', expected: ['正文'] },
    {
      name: 'cut off after <br/: the last character is text (as htmlparser2 does)',
      html: '<p>正文<br/',
      expected: ['正文/'],
    },
    {
      name: 'cut off inside what could still be <title>: the name is text (as htmlparser2 does)',
      html: '<p>甲<t',
      expected: ['甲t'],
    },
  ];
  it.each(cases)('$name', ({ html, expected }) => {
    expect(lines(html)).toEqual(expected);
  });

  it('decodes references in <title> (the report title when no CMS meta tag names it)', () => {
    expect(htmlToText('<title>报告 &amp; 附件</title><p>正文</p>').metadata.title).toBe('报告 & 附件');
  });
});
