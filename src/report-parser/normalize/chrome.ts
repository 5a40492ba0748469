/**
 * Page chrome a crawler keeps around the article: site menus, login links, breadcrumbs, share
 * and print buttons, font-size switches, footers. Only whole lines made of nothing but chrome
 * are removed — a chrome word inside a sentence of the report is text.
 */
const chromeWords = new Set([
  '首页',
  '网站首页',
  '返回首页',
  '设为首页',
  '加入收藏',
  '收藏',
  '登录',
  '登陆',
  '注册',
  '退出',
  '个人中心',
  '无障碍',
  '无障碍浏览',
  '关怀版',
  '长者版',
  '适老化',
  '适老模式',
  '繁体',
  '繁体版',
  '繁體版',
  '简体',
  '简体版',
  'English',
  'ENGLISH',
  '网站地图',
  '站点地图',
  '智能问答',
  '搜索',
  '高级搜索',
  '站内搜索',
  '全站搜索',
  '打印',
  '打印本页',
  '打印此页',
  '打印正文',
  '关闭',
  '关闭窗口',
  '关闭本页',
  '返回',
  '返回顶部',
  '回到顶部',
  '顶部',
  '分享',
  '分享到',
  '字号',
  '字体',
  '大',
  '中',
  '小',
  '默认',
  '视力保护色',
  '保护视力色',
  '我要纠错',
  '纠错',
  '扫一扫',
  '扫一扫在手机打开当前页',
  '在手机上打开',
  '手机版',
  '微信',
  '微博',
  '微信扫一扫',
  '用手机扫描二维码',
  '相关链接',
  '相关文章',
  '相关阅读',
  '相关信息',
  '上一篇',
  '下一篇',
  '上一条',
  '下一条',
  '当前位置',
  '您当前的位置',
  '您的位置',
  '你的位置',
  '当前所在位置',
  '位置',
  '政务微博',
  '政务微信',
  '移动客户端',
  '今日头条',
  'QQ空间',
  'QQ好友',
  '新浪微博',
  '腾讯微博',
  '微信好友',
  '朋友圈',
  '【',
  '】',
]);

/** A crawler header line: publication date plus view counter and the like (`发布日期：… 点击数：`). */
const counterLine =
  /(点击数|点击量|点击率|浏览次数|浏览量|阅读数|阅读量|阅读次数|访问量|访问次数|访问数)\s*[:：]/;
/** Site footer lines. */
const footerLine =
  /(版权所有|ICP备|ICP证|公网安备|网站标识码|技术支持\s*[:：]|主办单位\s*[:：].*承办|建议使用.*浏览器|分辨率)/;
/** A word every counter or footer line holds: one scan spares most lines both patterns. */
const counterOrFooterWord =
  /点击|浏览|阅读|访问|版权所有|ICP|公网安备|网站标识码|技术支持|主办单位|建议使用|分辨率/;
/** Breadcrumbs: `首页 > 政务公开 > 年度报告`. */
const breadcrumb =
  /^(当前位置|您当前的位置|您的位置|你的位置|所在位置|位置)?\s*[:：]?\s*(首页|网站首页)\s*[>＞»›→/]/;
/**
 * Page furniture of a PDF converted to text: `— 3 —`, `第 3 页 共 12 页`. A bare number is not
 * removed: it may be a table cell printed one per line.
 */
const pageNumber = /^(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$/;
const separators = /[\s|｜/\\·•>＞»›→:：,，、【】[\]()（）]+/;
/** The first word between separators (the complement of `separators`). */
const firstWord = /[^\s|｜/\\·•>＞»›→:：,，、【】[\]()（）]+/;

/** Chrome lines are short; a longer line is report text (checked first: this runs on every line). */
const maxChromeLength = 160;

/**
 * The characters the patterns of isAnchoredChrome may start with (a trimmed line): a line opening
 * with any other — most lines of a report — is spared those four regexes.
 */
const anchoredStarts = new Set(Array.from('当您你所位:：首网-—–－第上下分字', (c) => c.charCodeAt(0)));

/** Breadcrumbs, previous/next links, page numbers, share and font-size bars. */
function isAnchoredChrome(trimmed: string): boolean {
  return (
    breadcrumb.test(trimmed) ||
    /^(上一篇|下一篇|上一条|下一条)\s*[:：]/.test(trimmed) ||
    pageNumber.test(trimmed) ||
    (/^(分享到|字号|字体)\s*[:：]/.test(trimmed) && trimmed.length <= 60)
  );
}

export function isChromeLine(line: string): boolean {
  if (line.length > maxChromeLength * 2) return false;
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > maxChromeLength) return false;
  // “网站访问量：…” alone can be a figure of the report; beside a date or source it is a header.
  if (counterOrFooterWord.test(trimmed)) {
    if (counterLine.test(trimmed) && /发布|日期|时间|来源|作者|字号|编辑/.test(trimmed)) return true;
    if (footerLine.test(trimmed)) return true;
  }
  if (anchoredStarts.has(trimmed.charCodeAt(0)) && isAnchoredChrome(trimmed)) return true;
  if (trimmed.length > 60) return false;
  // Most lines fail on their first word: no need to split them all.
  const first = firstWord.exec(trimmed)?.[0];
  if (first === undefined || !chromeWords.has(first)) return false;
  const words = trimmed.split(separators).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => chromeWords.has(word));
}
