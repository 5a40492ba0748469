import { describe, expect, it } from 'vitest';
import { pastedHtml } from './paste-html.ts';

const clipboard = (data: Record<string, string>) => ({ getData: (type: string) => data[type] ?? '' });

describe('pasting into an item body (issue 9: 粘贴导入)', () => {
  it.each([
    [
      'Word HTML: the body fragment, without the Office comments',
      { 'text/html': '<html><body><!--StartFragment--><p>第一段</p><!--EndFragment--></body></html>' },
      '<p>第一段</p>',
    ],
    [
      'plain text: one paragraph per non-empty line',
      { 'text/plain': '第一段\r\n\r\n 第二段 ' },
      '<p>第一段</p>\n<p>第二段</p>',
    ],
    [
      'plain text is escaped, not read as markup',
      { 'text/plain': '<script>x</script> & 〈条例〉' },
      '<p>&lt;script&gt;x&lt;/script&gt; &amp; 〈条例〉</p>',
    ],
    ['nothing on the clipboard adds nothing', {}, ''],
  ])('%s', (_case, data, expected) => {
    expect(pastedHtml(clipboard(data))).toBe(expected);
  });
});
