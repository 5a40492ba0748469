const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * What a paste into the body adds: Word and web pages put HTML on the clipboard (kept, the server
 * sanitizes it on save); plain text becomes one paragraph per line.
 */
export function pastedHtml(clipboard: Pick<DataTransfer, 'getData'>): string {
  const html = clipboard.getData('text/html');
  if (html.trim()) {
    const fragment = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
    return fragment.replace(/<!--[\s\S]*?-->/g, '').trim();
  }
  return clipboard
    .getData('text/plain')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}
