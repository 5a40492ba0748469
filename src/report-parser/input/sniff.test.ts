import { describe, expect, it } from 'vitest';
import { readTextSource } from './index.ts';
import { sniffKind } from './sniff.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// A CMS data file holding the whole report as markup in a JS string (上海 2019, a bare `.js`
// file): read as a page's `<script>` is, not as plain text with the tags left in.
const cmsData =
  '//字典项\nlet menu = [{\n\t"name": "政府信息公开年报"\n}]\n' +
  'let content = "<p>2019年某市人民政府办公厅政府信息公开工作年度报告</p><p>一、总体情况</p>' +
  '<table align=\\"center\\"><tbody><tr><td colspan=\\"3\\"><p>一、本年新收政府信息公开申请数量</p></td>' +
  '<td><p align=\\"center\\">821</p></td><td><p>&nbsp;</p></td><td><p>859</p></td></tr></tbody></table>"\n';

describe('sniffKind: JS and JSON data files', () => {
  it.each([
    ['a .js name', cmsData, 'data.js', 'script'],
    ['a .json name', '{"content": "<table></table>"}', 'article.json', 'script'],
    ['code with no name to go by (a comment, then declarations)', cmsData, 'download', 'script'],
    ['a JSON object saved as .txt', '{"title": "年度报告", "content": "<p>正文</p>"}', 'a.txt', 'script'],
    ['a page saved as .txt stays HTML', '<html><body><p>正文</p></body></html>', 'a.txt', 'html'],
    ['plain text stays text', '2019年政府信息公开工作年度报告\n一、总体情况', 'a.txt', 'text'],
  ])('%s → %s', (_why, text, name, kind) => {
    expect(sniffKind(bytes(text), name)).toBe(kind);
  });
});

describe('readTextSource: a script file', () => {
  it('reads the report its string literal holds: prose lines and pipe rows, no code', () => {
    const source = readTextSource(bytes(cmsData), 'data.js');
    expect(source.text.split('\n')).toEqual([
      '2019年某市人民政府办公厅政府信息公开工作年度报告',
      '一、总体情况',
      '| 一、本年新收政府信息公开申请数量 | 821 |  | 859 |',
    ]);
  });
  it('a script with no table in it is read as the text it is', () => {
    const source = readTextSource(bytes('// 说明\nvar note = "本年度报告";\n'), 'x.js');
    expect(source.text).toBe('// 说明\nvar note = "本年度报告";\n');
    expect(source.kind).toBe('text');
  });
});
