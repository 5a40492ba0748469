import { scanHtml } from './html-scanner.ts';
import { equalsLowered, lowerCaseName } from './html-names.ts';
import { tagRules } from './html-rules.ts';

/**
 * A lean element tree for the HTML reader: only what it reads (names, attributes, children, text).
 * It is the tree htmlparser2 10 builds (same implied closes, void elements, raw-text elements,
 * entity decoding, text split), made by a purpose-built scanner: htmlparser2's general tokenizer
 * was a fifth of the checker's time on a 100 KB Word-exported page.
 */
export interface HtmlElement {
  /** As domhandler types elements: `script` and `style` hold raw text, not markup. */
  type: 'tag' | 'script' | 'style';
  name: string;
  /** The attributes the reader reads (readAttributes), as written first in the tag. */
  attribs: Record<string, string>;
  /**
   * Whether the element's (first) `style` attribute hides it (`display: none`, `visibility:
   * hidden`): all the reader asks of a style, so the value itself is not kept.
   */
  hiddenByStyle: boolean;
  children: HtmlNode[];
  // What the reader asks of an element more than once (layout tables nest), computed on demand.
  dropped?: boolean | undefined;
  holdsTable?: boolean | undefined;
  textLength?: number | undefined;
}

export interface HtmlTextNode {
  type: 'text';
  data: string;
}

export type HtmlNode = HtmlElement | HtmlTextNode;

/**
 * The attributes html.ts reads (hiding, layout, merged cells, CMS meta tags). Others are scanned
 * past and never decoded or kept: a Word-exported page has thousands of `lang`, `class`, `width`.
 * `style` is read apart (hiddenByStyle): a Word-exported page has over a thousand.
 */
export const readAttributes: ReadonlySet<string> = new Set([
  'role',
  'hidden',
  'colspan',
  'rowspan',
  'name',
  'content',
]);

/**
 * Per name length, the first letters (bit `code & 31`, either case) of the read attribute names
 * and `style`. A read name's characters are ASCII (no other character lower-cases to one of them).
 */
const readNameStarts: number[] = [];
for (const name of [...readAttributes, 'style']) {
  while (readNameStarts.length <= name.length) readNameStarts.push(0);
  readNameStarts[name.length]! |= 1 << name.charCodeAt(0);
}

/**
 * Parses markup into its top-level nodes. Adjacent text pieces merge into one node until a tag,
 * comment or declaration intervenes — as in domhandler, so text is split exactly as there.
 * `onElement` sees every element as it opens, in document order.
 */
export function parseHtml(markup: string, onElement?: (element: HtmlElement) => void): HtmlNode[] {
  const tree = new HtmlTreeBuilder(onElement);
  scanHtml(markup, tree);
  return tree.root.children;
}

/** Turns the scanner's events into the tree, applying htmlparser2's tree-building rules. */
export class HtmlTreeBuilder {
  readonly root: HtmlElement = element('');
  /** Open elements, the root first. */
  private readonly open: HtmlElement[] = [this.root];
  /** The text node still growing: text merges until an element, comment or declaration. */
  private lastText: HtmlTextNode | null = null;
  /** Whether `<x/>` closes itself here (inside SVG/MathML), innermost last. */
  private readonly foreign: boolean[] = [false];
  /** The element whose start tag is being read (its attributes are still coming). */
  private pending: HtmlElement | null = null;
  private pendingIsVoid = false;
  /** Whether the pending start tag's first `style` attribute was read. */
  private pendingHasStyle = false;

  constructor(private readonly onElement?: (element: HtmlElement) => void) {}

  /** A start tag's name was read: it closes what it implies before its attributes are read. */
  openTagName(name: string): void {
    const rule = tagRules.get(name);
    const closes = rule?.closes;
    if (closes) {
      while (this.open.length > 1 && closes.has(this.current().name)) this.popElement();
    }
    if (rule?.foreign !== undefined && !rule.isVoid) this.foreign.push(rule.foreign);
    this.pending = element(name);
    this.pendingIsVoid = rule?.isVoid === true;
    this.pendingHasStyle = false;
  }

  /**
   * The attribute named at source[start, end), lower-cased, if the reader reads it (`style`
   * included); undefined for the others, most of which length and first letter tell apart.
   */
  readAttribute(source: string, start: number, end: number): string | undefined {
    const length = end - start;
    if (
      length >= readNameStarts.length ||
      (readNameStarts[length]! & (1 << source.charCodeAt(start))) === 0
    ) {
      return undefined;
    }
    const name = lowerCaseName(source, start, end);
    return name === 'style' || readAttributes.has(name) ? name : undefined;
  }

  /** The first of repeated attributes wins. */
  attribute(name: string, value: string): void {
    const pending = this.pending!;
    if (pending.attribs === noAttributes) pending.attribs = {};
    if (!Object.prototype.hasOwnProperty.call(pending.attribs, name)) pending.attribs[name] = value;
  }

  /** A `style` attribute, read as whether it hides the element; the first of repeated ones wins. */
  style(hides: boolean): void {
    if (this.pendingHasStyle) return;
    this.pendingHasStyle = true;
    this.pending!.hiddenByStyle = hides;
  }

  /** `>` ended the start tag. */
  openTagEnd(): void {
    const opened = this.pending!;
    this.pending = null;
    this.current().children.push(opened);
    this.lastText = null;
    this.onElement?.(opened);
    if (!this.pendingIsVoid) this.open.push(opened);
  }

  /** `/>` ended the start tag: only in foreign content does it close the element. */
  selfClosingTagEnd(): void {
    this.openTagEnd();
    if (this.foreign[this.foreign.length - 1] && !this.pendingIsVoid) this.popElement();
  }

  /** The end tag named at source[start, end): most close the current element, known without a lookup. */
  closeTagAt(source: string, start: number, end: number): void {
    const current = this.current();
    const same = this.open.length > 1 && equalsLowered(current.name, source, start, end);
    this.closeTag(same ? current.name : lowerCaseName(source, start, end));
  }

  closeTag(name: string): void {
    const rule = tagRules.get(name);
    if (rule?.foreign !== undefined) this.foreign.pop();
    if (rule?.isVoid) {
      // `</br>` is read as `<br>`; other void end tags are ignored.
      if (name === 'br') this.emptyElement('br');
      return;
    }
    for (let depth = this.open.length - 1; depth >= 1; depth--) {
      if (this.open[depth]!.name !== name) continue;
      while (this.open.length > depth) this.popElement();
      return;
    }
    // A stray `</p>` is an empty paragraph (a line break); other stray end tags are ignored.
    if (name === 'p') this.emptyElement('p');
  }

  text(data: string): void {
    if (data === '') return;
    if (this.lastText) this.lastText.data += data;
    else {
      this.lastText = { type: 'text', data };
      this.current().children.push(this.lastText);
    }
  }

  /** A comment, CDATA section, declaration or processing instruction: it only splits the text. */
  boundary(): void {
    this.lastText = null;
  }

  private emptyElement(name: string): void {
    const empty = element(name);
    this.current().children.push(empty);
    this.lastText = null;
    this.onElement?.(empty);
  }

  private current(): HtmlElement {
    return this.open[this.open.length - 1]!;
  }

  private popElement(): void {
    this.lastText = null;
    this.open.pop();
  }
}

/** Shared by the many elements without an attribute the reader reads; replaced on the first one. */
const noAttributes: Record<string, string> = Object.freeze({});

/** An element whose memoised answers are all there (unknown yet): one object shape for all. */
function element(name: string): HtmlElement {
  const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
  return {
    type,
    name,
    attribs: noAttributes,
    hiddenByStyle: false,
    children: [],
    dropped: undefined,
    holdsTable: undefined,
    textLength: undefined,
  };
}
