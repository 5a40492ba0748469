import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/**
 * Word's automatic list numbering: chapter headings of drafts (一、总体情况 …) often carry their
 * number only as `w:numPr`, so the text would read “总体情况” without this. Levels come from
 * word/numbering.xml (`w:abstractNum` → `w:lvl`: `w:numFmt`, `w:lvlText` like “%1、”, `w:start`).
 */
export interface Numbering {
  /** The label for a paragraph numbered (numId, ilvl), advancing the counters; '' when none. */
  next(numId: string, level: number): string;
}

interface Level {
  format: string;
  text: string;
  start: number;
}

export function parseNumbering(xml: string | null): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const numToAbstract = new Map<string, string>();
  if (xml) {
    const root = parseDocument(xml, { xmlMode: true });
    for (const node of descendants(root.children)) {
      if (node.name === 'w:abstractNum') {
        const levels = new Map<number, Level>();
        for (const lvl of children(node, 'w:lvl')) {
          levels.set(Number(lvl.attribs['w:ilvl'] ?? 0), {
            format: children(lvl, 'w:numFmt')[0]?.attribs['w:val'] ?? 'decimal',
            text: children(lvl, 'w:lvlText')[0]?.attribs['w:val'] ?? '',
            start: Number(children(lvl, 'w:start')[0]?.attribs['w:val'] ?? 1),
          });
        }
        abstracts.set(node.attribs['w:abstractNumId'] ?? '', levels);
      } else if (node.name === 'w:num') {
        numToAbstract.set(
          node.attribs['w:numId'] ?? '',
          children(node, 'w:abstractNumId')[0]?.attribs['w:val'] ?? '',
        );
      }
    }
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, level) {
      const levels = abstracts.get(numToAbstract.get(numId) ?? '');
      const own = levels?.get(level);
      if (!levels || !own || own.format === 'none' || own.format === 'bullet') return '';
      const abstractId = numToAbstract.get(numId)!;
      const count = counters.get(abstractId) ?? [];
      count[level] = count[level] === undefined ? own.start : count[level]! + 1;
      // A higher level starting again restarts the levels below it.
      count.length = level + 1;
      counters.set(abstractId, count);
      return own.text.replace(/%([1-9])/g, (_, n: string) => {
        const at = Number(n) - 1;
        const lvl = levels.get(at);
        return formatNumber(count[at] ?? lvl?.start ?? 1, lvl?.format ?? 'decimal');
      });
    },
  };
}

const digits = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (chineseCounting). */
export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 1000) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds > 0 ? `${digits[hundreds]}百` : '';
  if (tens > 0) out += `${tens === 1 && hundreds === 0 ? '' : digits[tens]}十`;
  else if (hundreds > 0 && ones > 0) out += '零';
  if (ones > 0) out += digits[ones];
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

function children(element: Element, name: string): Element[] {
  return element.children.filter((c): c is Element => c.type === 'tag' && c.name === name);
}

function* descendants(nodes: readonly ChildNode[]): Generator<Element> {
  for (const node of nodes) {
    if (node.type !== 'tag') continue;
    yield node;
    yield* descendants(node.children);
  }
}
