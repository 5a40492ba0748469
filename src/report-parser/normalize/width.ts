/**
 * Full-width ASCII (０-９, Ａ-Ｚ, ％ …, U+FF01–FF5E) → half-width, so figures read as numbers
 * (`１２６件`, `５０％`). Chinese punctuation that has no ASCII twin in prose (，。：（）) is kept:
 * it is part of the text, and the structure step reads it as it is.
 */
const foldable = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff1d\uff0e\u00a0]/g;

export function foldFullWidth(text: string): string {
  return text.replace(foldable, (char) => {
    if (char === '\u00a0') return ' ';
    const code = char.charCodeAt(0);
    // ．is only a decimal point between digits; elsewhere it is a full stop variant.
    return String.fromCharCode(code - 0xfee0);
  });
}

/**
 * CJK Radicals Supplement forms that PDF fonts use for whole characters (Chromium prints 民 as ⺠,
 * 长 as ⻓). Unicode gives them no decomposition, only EquivalentUnifiedIdeograph.txt: this is the
 * part of that table whose radicals are also free-standing characters.
 */
const radicalSupplement: Record<string, string> = {
  '\u2e81': '厂',
  '\u2e84': '乙',
  '\u2e8c': '小',
  '\u2e97': '心',
  '\u2e9d': '月',
  '\u2ea0': '民',
  '\u2ea7': '牛',
  '\u2ea9': '王',
  '\u2eac': '示',
  '\u2eae': '竹',
  '\u2eb3': '网',
  '\u2eb6': '羊',
  '\u2eb7': '羊',
  '\u2ebb': '聿',
  '\u2ebc': '肉',
  '\u2ebd': '臼',
  '\u2ec1': '虎',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2eca': '足',
  '\u2ecb': '车',
  '\u2ed1': '長',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed5': '阜',
  '\u2ed7': '雨',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};

/**
 * Kangxi radicals (U+2F00–2FD5), radical-supplement forms and CJK compatibility ideographs
 * (U+F900–FAFF) look exactly like ordinary characters; PDF fonts often map glyphs to them
 * (`⼀、总体情况`, `⼯作`, `⼈⺠`), so “一、” and “人民” would never match. Kangxi radicals and
 * compatibility ideographs have canonical equivalents (NFKC); the supplement uses the table above.
 */
const compatibilityIdeograph = /[\u2e80-\u2fdf\uf900-\ufaff]/g;

export function foldCompatibilityIdeographs(text: string): string {
  return text.replace(compatibilityIdeograph, (char) => radicalSupplement[char] ?? char.normalize('NFKC'));
}
