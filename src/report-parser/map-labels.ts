/**
 * Row and column labels as printed → a comparable key. Published reports number rows in every
 * style (一、 （一） 1. ① …), add notes in brackets, wrap lines inside cells and — when converted from
 * traditional script with Taiwan phrasing — say 档案 for 文件 or 网路 for 网络. Matching compares
 * these keys, computed the same way for the declarations and for the text.
 */

const leadingNumbering =
  /^(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[、.．](?!\d)|[①-⑳])\s*/;
const wherein = /^其中\s*[:：]?\s*/;
/** A bracketed note: （不同渠道和方式公开相同信息计1条）, （单位：万元）, (区分处理的…). */
const bracketNote = /[（(][^（）()]{0,80}[)）]/g;
const dropped = /[\s\u3000"“”'‘’《》〈〉「」『』、，,。:：;；!！?？·・\-—–_|｜/／*#]+/g;

/** Taiwan-phrase conversions (opencc tw→cn keeps them) and frequent OCR slips in these forms. */
const variants: Array<[RegExp, string]> = [
  [/档案/g, '文件'],
  [/网路/g, '网络'],
  [/线上/g, '在线'],
  [/设定/g, '设置'],
  [/资讯/g, '信息'],
  [/答覆/g, '答复'],
  [/複/g, '复'],
];

export function stripNumbering(label: string): string {
  let out = label.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(leadingNumbering, '').replace(wherein, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Labels repeat across the formats tried and across the reports of a batch: keys are cached. */
const keyCache = new Map<string, string>();
const notesCache = new Map<string, string>();
const maxCached = 50000;

/** What `compute` gives for a label, kept in a bounded cache (a long batch starts it afresh). */
export function cached<V>(cache: Map<string, V>, label: string, compute: (label: string) => V): V {
  let key = cache.get(label);
  if (key === undefined) {
    key = compute(label);
    if (cache.size >= maxCached) cache.clear();
    cache.set(label, key);
  }
  return key;
}

/** The comparable key of a label: no numbering, notes, punctuation or spaces; variants folded. */
export function labelKey(label: string): string {
  return cached(keyCache, label, (l) => fold(stripNumbering(l.replace(/\s+/g, '')).replace(bracketNote, '')));
}

/**
 * The same key keeping what is inside brackets: 行政诉讼（未经复议直接起诉） names the row
 * 未经复议直接起诉 through its bracket.
 */
export function labelKeyWithNotes(label: string): string {
  return cached(notesCache, label, (l) =>
    fold(stripNumbering(l.replace(/\s+/g, '')).replace(/[（()）]/g, '')),
  );
}

const strippedCache = new Map<string, string>();

/**
 * Does the label start with numbering (一、 （一） 1. ① 其中：)? Each format's mapper asks it of
 * every label line, and labels repeat across a batch: the stripped label is cached.
 */
export function isNumbered(label: string): boolean {
  return cached(strippedCache, label, stripNumbering) !== label;
}

function fold(label: string): string {
  let out = label.replace(dropped, '');
  for (const [pattern, replacement] of variants) out = out.replace(pattern, replacement);
  return out;
}

/**
 * How well a printed label names a declared one: 3 = same key, 2 = the printed label contains the
 * declared one (national-2014 prints 政府公报公开政府信息数 for the row 政府公报), 1 = the printed
 * label is a clear abbreviation of the declared one, 0 = no match.
 */
export function labelScore(printed: string, declared: string): number {
  if (printed === declared) return 3;
  if (declared.length >= 4 && printed.includes(declared) && printed.length <= declared.length * 2 + 8)
    return 2;
  if (printed.length >= 4 && declared.startsWith(printed) && printed.length * 10 >= declared.length * 7)
    return 1;
  return 0;
}
