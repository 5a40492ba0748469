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
