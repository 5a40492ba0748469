/**
 * The tree-building rules of htmlparser2 10 (its Parser), which the reader's output was tuned on:
 * the scanner builds the same tree, so every text and table it yields stays the same. They are a
 * simplification of the WHATWG tree builder — no foster parenting, no adoption agency.
 */

const pTag = new Set(['p']);
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);

/** Opening the key closes the open elements in its set, innermost first, while they are on top. */
const openImpliesClose: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, pTag] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, formTags] as const),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ...[
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((name) => [name, pTag] as const),
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);

/** Elements without content or closing tag (`<br>`, `<img>`, `<meta>` …). */
const voidElements: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Inside these (SVG, MathML) `<x/>` closes itself; in HTML the slash is ignored. */
const foreignContextElements: ReadonlySet<string> = new Set(['math', 'svg']);

/** Back to HTML rules inside foreign content. */
const htmlIntegrationElements: ReadonlySet<string> = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);

/** What the rules above say about one element name, gathered so that a tag costs one lookup. */
export interface TagRule {
  /** The open elements its start tag closes (while they are innermost). */
  closes: ReadonlySet<string> | undefined;
  isVoid: boolean;
  /** Its start tag enters foreign content (true) or HTML within it (false); its end tag leaves. */
  foreign: boolean | undefined;
}

const ruledNames = new Set([
  ...openImpliesClose.keys(),
  ...voidElements,
  ...foreignContextElements,
  ...htmlIntegrationElements,
]);

/** The rule of every name some rule mentions; other names (span, font, o:p …) have none. */
export const tagRules: ReadonlyMap<string, TagRule> = new Map(
  [...ruledNames].map((name) => [
    name,
    {
      closes: openImpliesClose.get(name),
      isVoid: voidElements.has(name),
      foreign: foreignContextElements.has(name)
        ? true
        : htmlIntegrationElements.has(name)
          ? false
          : undefined,
    },
  ]),
);
