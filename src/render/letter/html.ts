import type { Letter } from '../../core/reply-letter/index.ts';
import { html, raw } from '../../web/html.ts';

/**
 * The letter as a printable A4 page (the browser's “打印 / 另存为 PDF” gives the PDF): the same
 * GB/T 9704 layout as the DOCX. The server makes no PDF itself: that would need a CJK font and a
 * layout engine on the server, which the platform does not ship.
 */
const PRINT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0 auto; max-width: 156mm; font: 16pt/28pt "仿宋_GB2312", "FangSong", "仿宋", "Noto Serif CJK SC", serif; color: #000; }
h1 { font: 22pt/1.6 "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", serif; text-align: center; margin: 0; }
.reference { text-align: center; margin: 0 0 28pt; }
.addressee { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; margin: 0; }
.body { text-indent: 2em; margin: 0; }
.sign { text-align: right; margin: 0 4em 0 0; }
.sign:first-of-type { margin-top: 28pt; }
@media screen { body { padding: 24px; } }
`;

export function letterHtml(letter: Letter): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${letter.title}</title>
<style>${raw(PRINT_CSS)}</style>
</head>
<body>
<main>
<h1>${letter.title}</h1>
<p class="reference">${letter.reference}</p>
<p class="addressee">${letter.addressee}：</p>
${letter.paragraphs.map((p) => html`<p class="body">${p}</p>\n`)}<p class="body">${letter.closing}</p>
<div class="signature">
<p class="sign">${letter.signature}（印章）</p>
<p class="sign">${letter.dateZh}</p>
</div>
</main>
</body>
</html>
`.value;
}
