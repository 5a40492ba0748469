/** Where a rule comes from: the instrument, the article, and the words of the article. */
export interface Citation {
  /** e.g. 中华人民共和国政府信息公开条例（2019年修订，国务院令第711号） */
  law: string;
  /** e.g. 第三十三条第一款 */
  article: string;
  /** The article's text (or the operative sentence of it). */
  text: string;
}

export const REGULATION_2008 = '中华人民共和国政府信息公开条例（2007年国务院令第492号）';
export const REGULATION_2019 = '中华人民共和国政府信息公开条例（2019年修订，国务院令第711号）';
export const FEE_MEASURES = '政府信息公开信息处理费管理办法（国办函〔2020〕109号）';

export function cite(citation: Citation): string {
  return `${citation.law}${citation.article}`;
}
