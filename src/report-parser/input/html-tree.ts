import { Parser } from 'htmlparser2';
import type { Handler } from 'htmlparser2';

/**
 * A lean element tree for the HTML reader: only what it reads (names, attributes, children, text),
 * built straight from htmlparser2's events. domhandler's full DOM (parent and sibling links,
 * positions, comment nodes) cost as much as the tokenizer on a 100 KB page.
 */
export interface HtmlElement {
  /** As domhandler types elements: `script` and `style` hold raw text, not markup. */
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
  /** What the reader asks of an element more than once (layout tables nest), computed on demand. */
  memo: { dropped?: boolean; holdsTable?: boolean; textLength?: number };
}

export interface HtmlTextNode {
  type: 'text';
  data: string;
}

export type HtmlNode = HtmlElement | HtmlTextNode;

const parserOptions = { decodeEntities: true, lowerCaseTags: true };

/**
 * Parses markup into its top-level nodes. Adjacent text pieces merge into one node until a tag,
 * comment or declaration intervenes — as in domhandler, so text is split exactly as there.
 * `onElement` sees every element as it opens, in document order.
 */
export function parseHtml(markup: string, onElement?: (element: HtmlElement) => void): HtmlNode[] {
  const root: HtmlElement = { type: 'tag', name: '', attribs: {}, children: [], memo: {} };
  const stack: HtmlElement[] = [root];
  let lastText: HtmlTextNode | null = null;
  const handler: Partial<Handler> = {
    onopentag(name, attribs) {
      const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
      const element: HtmlElement = { type, name, attribs, children: [], memo: {} };
      stack[stack.length - 1]!.children.push(element);
      stack.push(element);
      lastText = null;
      onElement?.(element);
    },
    onclosetag() {
      lastText = null;
      if (stack.length > 1) stack.pop();
    },
    ontext(data) {
      if (lastText) {
        lastText.data += data;
        return;
      }
      lastText = { type: 'text', data };
      stack[stack.length - 1]!.children.push(lastText);
    },
    oncomment() {
      lastText = null;
    },
    onprocessinginstruction() {
      lastText = null;
    },
  };
  new Parser(handler, parserOptions).end(markup);
  return root.children;
}
