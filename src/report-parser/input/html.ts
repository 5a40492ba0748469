import type { ReportMetadata } from '../../core/report-format/report-data.ts';
import { parseHtml } from './html-tree.ts';
import type { HtmlElement, HtmlNode } from './html-tree.ts';
import { LineWriter, collapsedLength, trimLine, collapseBlanks } from './text-lines.ts';
import { renderGrid } from './table-grid.ts';
import type { SourceCell } from './table-grid.ts';

export interface HtmlText {
  text: string;
  metadata: ReportMetadata;
}

/** Elements that never carry report text (page machinery, form controls, media). */
const droppedTags = new Set([
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'select',
  'option',
  'button',
  'textarea',
  'input',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'nav',
  'link',
  'meta',
  'title',
]);

/** ARIA landmarks a site uses for its own chrome, not for the article. */
const droppedRoles = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar']);

const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
]);

/** A cell with this much text is page layout (a whole article in a `<td>`), not a figure cell. */
const layoutCellChars = 400;

/**
 * HTML page → text lines. Tables become pipe rows (merged cells spread, `&nbsp;` cells empty),
 * inline markup is joined without separators (headings split across `<span>`s read whole), and
 * tables written by scripts (`document.write('<table>…')`, JSON strings) are read too.
 */
export function htmlToText(html: string): HtmlText {
  const metadata = new MetadataCollector();
  const nodes = parseHtml(html, (element) => metadata.see(element));
  const out = new LineWriter();
  walk(nodes, out, 0);
  return { text: out.toString(), metadata: metadata.result() };
}

/**
 * A JS or JSON file (a CMS data file, no page around it) → the text of the report its string
 * literals hold as markup, read as a `<script>` of a page is; empty when it holds no table.
 */
export function scriptToText(source: string): HtmlText {
  const out = new LineWriter();
  walkScript(source, out, 0);
  return { text: out.toString(), metadata: {} };
}

function walk(nodes: readonly HtmlNode[], out: LineWriter, depth: number): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.text(node.data);
    } else if (node.type === 'script') {
      if (depth < 3) walkScript(scriptSource(node), out, depth);
    } else if (node.type === 'tag') {
      if (isDropped(node)) continue;
      if (node.name === 'table') {
        walkTable(node, out, depth);
        continue;
      }
      const block = blockTags.has(node.name);
      if (block) out.break();
      walk(node.children, out, depth);
      if (block) out.break();
    }
  }
}

function isDropped(element: HtmlElement): boolean {
  return (element.dropped ??= dropped(element));
}

function dropped(element: HtmlElement): boolean {
  if (droppedTags.has(element.name)) return true;
  const role = element.attribs.role?.toLowerCase();
  if (role && droppedRoles.has(role)) return true;
  return element.attribs.hidden !== undefined || element.hiddenByStyle;
}

function walkTable(table: HtmlElement, out: LineWriter, depth: number): void {
  const rows = tableRows(table);
  const cells = rows.map((row) => row.children.filter(isCell));
  const layout =
    cells.every((row) => row.length <= 1) ||
    cells.some((row) => row.some((cell) => hasNestedTable(cell) || hasLongText(cell, layoutCellChars)));
  out.break();
  if (layout) {
    // A layout table: its cells are page regions, read them as ordinary blocks.
    for (const row of cells) {
      for (const cell of row) {
        out.break();
        walk(cell.children, out, depth);
        out.break();
      }
    }
  } else {
    const captions = table.children.filter((c): c is HtmlElement => c.type === 'tag' && c.name === 'caption');
    for (const caption of captions) out.line(cellText(caption));
    const grid = cells.map((row) => row.map(toSourceCell));
    for (const line of renderGrid(grid)) out.line(line);
  }
  out.break();
}

/** The table's own rows (in thead/tbody/tfoot or directly), not the rows of nested tables. */
function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  const visit = (nodes: readonly HtmlNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag' || isDropped(node)) continue;
      if (node.name === 'tr') rows.push(node);
      else if (
        node.name === 'thead' ||
        node.name === 'tbody' ||
        node.name === 'tfoot' ||
        node.name === 'form'
      ) {
        visit(node.children);
      }
    }
  };
  visit(table.children);
  return rows;
}

function isCell(node: HtmlNode): node is HtmlElement {
  return node.type === 'tag' && (node.name === 'td' || node.name === 'th') && !isDropped(node);
}

function toSourceCell(cell: HtmlElement): SourceCell {
  return {
    text: cellText(cell),
    colSpan: Number.parseInt(cell.attribs.colspan ?? '1', 10),
    rowSpan: Number.parseInt(cell.attribs.rowspan ?? '1', 10),
  };
}

/** A cell's text on one line: its `<p>`/`<br>` pieces joined (Chinese without a separator). */
function cellText(cell: HtmlElement): string {
  const pieces = new LineWriter();
  walk(cell.children, pieces, 3);
  return pieces.joinedAsCell();
}

/** Does the element hold a nested table (through its markup, not its scripts)? Memoised. */
function hasNestedTable(node: HtmlElement): boolean {
  return (node.holdsTable ??= node.children.some(
    (child) => child.type === 'tag' && (child.name === 'table' || hasNestedTable(child)),
  ));
}

/**
 * Is there more text in the cell than a figure cell ever holds? Each text piece counts as it
 * reads once blanks are collapsed and trimmed; totals are memoised, as layout tables nest.
 */
function hasLongText(node: HtmlElement, limit: number): boolean {
  return textLength(node) > limit;
}

function textLength(node: HtmlElement): number {
  if (node.textLength !== undefined) return node.textLength;
  let length = 0;
  for (const child of node.children) {
    if (child.type === 'text') length += collapsedLength(child.data);
    else if (child.type === 'tag') length += textLength(child);
  }
  node.textLength = length;
  return length;
}

function scriptSource(script: HtmlElement): string {
  return script.children.map((child) => (child.type === 'text' ? child.data : '')).join('');
}

const tableInScript = /<table|\\u003ctable|\\x3ctable|&lt;table/i;

/**
 * Some CMSs write the report from a script (`document.write('<table>…')`, the whole article in a
 * JSON or JS string rendered on load). The string literals that hold table markup are read whole
 * (their prose too); everything else in a script is code.
 */
function walkScript(source: string, out: LineWriter, depth: number): void {
  if (!tableInScript.test(source)) return;
  const joined = joinConcatenations(source);
  // Literals holding table markup, in order, read as one fragment: a table written by several
  // document.write calls (with either quote) spans several literals.
  const pieces = stringLiterals(joined)
    .map(unescapeScriptString)
    .filter((literal) => /<\/?(table|tr|td|th|tbody)\b/i.test(literal));
  let fragments = pieces.some((piece) => /<table/i.test(piece)) ? [pieces.join('')] : [];
  if (fragments.length === 0) {
    // Not tokenisable as expected (regex literals, broken quotes): read the table span only.
    const markup = unescapeScriptString(joined);
    const start = markup.search(/<table/i);
    const end = markup.toLowerCase().lastIndexOf('</table>');
    if (start === -1 || end < start) return;
    fragments = [markup.slice(start, end + '</table>'.length)];
  }
  for (const markup of fragments) {
    out.break();
    walk(parseHtml(markup), out, depth + 1);
    out.break();
  }
}

/** `'a' + 'b'` and consecutive `document.write('…'); document.write('…')` calls → one literal. */
function joinConcatenations(source: string): string {
  return source
    .replace(/(['"`])\s*\)\s*;?\s*document\.write(?:ln)?\s*\(\s*\1/g, '')
    .replace(/(['"`])\s*\+\s*\1/g, '');
}

/** The raw (still escaped) contents of a script's string literals, skipping comments. */
export function stringLiterals(source: string): string[] {
  const literals: string[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? n : end + 1;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < n && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      literals.push(source.slice(i + 1, Math.min(j, n)));
      i = j + 1;
    } else i++;
  }
  return literals;
}

/** Undoes JS/JSON string escapes (`\u003c`, `\x3c`, `\"`, `\/`) and entity-escaped table tags. */
export function unescapeScriptString(joined: string): string {
  return joined
    .replace(
      /\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt'"\\/`]|\r?\n)/g,
      (_, escape: string) => {
        const kind = escape[0];
        if (kind === 'u') {
          const code = Number.parseInt(escape.replace(/[u{}]/g, ''), 16);
          return code <= 0x10ffff ? String.fromCodePoint(code) : '';
        }
        if (kind === 'x') return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
        if (kind === 'n') return '\n';
        if (kind === 'r') return '';
        if (kind === 't') return '\t';
        if (kind === '\r' || kind === '\n') return '';
        return escape;
      },
    )
    .replace(/&lt;(\/?)(table|tr|td|th|tbody|thead|br|p)\b([^&]*?)&gt;/gi, '<$1$2$3>');
}

/**
 * CMS article metadata (`<meta name="ArticleTitle">`, `PubDate`, `ContentSource`) and `<title>`,
 * seen element by element as the page is parsed (document order: the first of each wins).
 */
class MetadataCollector {
  private readonly metadata: ReportMetadata = {};
  private title: HtmlElement | undefined;

  see(element: HtmlElement): void {
    if (element.name === 'title') this.title ??= element;
    if (element.name !== 'meta') return;
    const name = element.attribs.name?.toLowerCase();
    const content = element.attribs.content?.trim();
    if (!name || !content) return;
    if (name === 'articletitle') this.metadata.title ??= content;
    else if (name === 'pubdate') this.metadata.publishedOn ??= isoDate(content);
    else if (name === 'contentsource') this.metadata.publisher ??= content;
  }

  result(): ReportMetadata {
    const metadata = this.metadata;
    const title = this.title
      ? trimLine(collapseBlanks(this.title.children.map((c) => (c.type === 'text' ? c.data : '')).join('')))
      : undefined;
    if (!metadata.title && title) metadata.title = title;
    if (metadata.publishedOn === undefined) delete metadata.publishedOn;
    return metadata;
  }
}

function isoDate(text: string): string | undefined {
  const match = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text);
  if (!match) return undefined;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}
