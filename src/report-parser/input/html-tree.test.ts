import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { commonNamedReferences } from './html-entities.ts';
import { styleHides } from './html-scanner.ts';
import { parseHtml, readAttributes } from './html-tree.ts';
import type { HtmlElement, HtmlNode, HtmlTextNode } from './html-tree.ts';

/**
 * The tree the reader was built on: htmlparser2 10's events, text merged until an element,
 * comment or declaration (the reader's parser before the scanner replaced it), with the attributes
 * the reader reads. The scanner must build exactly this tree, so every text and table the reader
 * yields stays byte-identical.
 */
function htmlparser2Tree(markup: string): { nodes: HtmlNode[]; opened: string[] } {
  const root: HtmlElement = {
    type: 'tag',
    name: '',
    attribs: {},
    hiddenByStyle: false,
    children: [],
  };
  const stack: HtmlElement[] = [root];
  const opened: string[] = [];
  let lastText: HtmlTextNode | null = null;
  const parser = new Parser(
    {
      onopentag(name, allAttribs) {
        const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
        const read = Object.entries(allAttribs).filter(([key]) => readAttributes.has(key));
        const attribs = Object.fromEntries(read);
        // Of a style the reader reads only whether it hides the element.
        const hiddenByStyle = allAttribs.style !== undefined && styleHides(allAttribs.style);
        const element: HtmlElement = { type, name, attribs, hiddenByStyle, children: [] };
        stack[stack.length - 1]!.children.push(element);
        stack.push(element);
        lastText = null;
        opened.push(name);
      },
      onclosetag() {
        lastText = null;
        if (stack.length > 1) stack.pop();
      },
      ontext(data) {
        if (lastText) lastText.data += data;
        else {
          lastText = { type: 'text', data };
          stack[stack.length - 1]!.children.push(lastText);
        }
      },
      oncomment: () => (lastText = null),
      onprocessinginstruction: () => (lastText = null),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(markup);
  return { nodes: root.children, opened };
}

function scannerTree(markup: string): { nodes: HtmlNode[]; opened: string[] } {
  const opened: string[] = [];
  const nodes = parseHtml(markup, (element) => opened.push(element.name));
  return { nodes, opened };
}

/** Both trees as JSON: deep equality of a 100 KB page's trees is slow, and this shows the difference well enough. */
function expectSameTree(markup: string): void {
  expect(JSON.stringify(scannerTree(markup))).toBe(JSON.stringify(htmlparser2Tree(markup)));
}

/**
 * Markup pieces that meet every rule: implied closes, raw text, comments, declarations, character
 * references, quoting, broken and cut-off tags. One piece a line, read with `split`.
 */
const pieces = String.raw`<
>
/
!
?
-
--
[
]]>
-->
<!--
<![CDATA[
<!doctype html>
<?xml ?>
"
'
=
&
&amp;
&nbsp;
&nbsp
&#160;
&#x3000;
&#128;
&#0;
&#xd800;
&copy
&notit;
&AMP;
&lt
#
x
;
a
P
p
td
tr
th
tbody
table
li
option
select
script
SCRIPT
style
title
Title
textarea
xmp
tmp
xitle
svg
math
desc
br
img
div
span
</script
</title
</style
中
１
0
colspan=2
ROWSPAN=3
Hidden
STYLE=display:NONE
style="display:none"
style='Visibility : HIDDEN'
style=display&colon;none
style="display:&#110;one"
style="color:red"
style=none
style="visibility:
style="display :
hidden"
none
role=
name
content="&copy2&nbsp;"
rowspan='1&#x3000;'
b=&amp;c`
  .split('\n')
  .concat([' ', '\n', '\t', '\u001c']);

describe('html tree — the scanner builds the tree htmlparser2 10 builds', () => {
  it('on random markup made of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (chosen) => {
        expectSameTree(chosen.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('on the 100 KB Word-exported page (extra fixture 01) and on it cut anywhere', () => {
    const page = readFileSync(
      new URL(
        '../../../../shared/fixtures/published-reports-extra/01_2021fmt_jiangsu-shuyang-fgj_2023.txt',
        import.meta.url,
      ),
      'utf8',
    );
    expectSameTree(page);
    fc.assert(
      fc.property(fc.nat({ max: page.length }), (cut) => expectSameTree(page.slice(0, cut))),
      { numRuns: 100 },
    );
  });

  it.each([...commonNamedReferences.keys()])(
    '&%s; decodes as htmlparser2 decodes it, in text and attributes',
    (name) => {
      expectSameTree(`<p style="&${name};" role='&${name};' name=&${name};>&${name};</p>`);
    },
  );
});
