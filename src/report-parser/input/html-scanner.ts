import { decodeReferences, decodeTitleText } from './html-entities.ts';
import { lowerCaseName } from './html-names.ts';
import type { HtmlTreeBuilder } from './html-tree.ts';

const tab = 0x09;
const newline = 0x0a;
const formFeed = 0x0c;
const carriageReturn = 0x0d;
const space = 0x20;
const bang = 0x21;
const doubleQuote = 0x22;
const singleQuote = 0x27;
const dash = 0x2d;
const slash = 0x2f;
const lessThan = 0x3c;
const equals = 0x3d;
const greaterThan = 0x3e;
const question = 0x3f;
const openBracket = 0x5b;

/** The scan has reached the end of the markup (any trailing text is already given to the tree). */
const done = -1;

/**
 * Reads markup as htmlparser2 10's tokenizer does (HTML mode, entities decoded, names
 * lower-cased) and hands the pieces to the tree builder, including its edge cases: a `<` that
 * starts no tag is text, `</>` is text, `</1>` is a comment, `<!x>` ends at the first `>` after
 * `x`, a start tag cut off by the end of the file is dropped, raw text runs to `</script` etc.
 * followed by a blank or `>`. Each construct is found with `indexOf` and tight loops instead of a
 * per-character state switch.
 */
export function scanHtml(html: string, tree: HtmlTreeBuilder): void {
  new HtmlScanner(html, tree).run();
}

class HtmlScanner {
  private readonly length: number;
  /** Start of the text not yet given to the tree. */
  private textStart = 0;
  /** The first `&` at or after where the last search began (-1: none left); searched on demand. */
  private nextAmp = -2;
  private ampFrom = 0;
  /** Where the next hiding declaration (hidingDeclaration) starts and ends (-1: none left). */
  private nextHide = -2;
  private nextHideEnd = -1;

  constructor(
    private readonly html: string,
    private readonly tree: HtmlTreeBuilder,
  ) {
    this.length = html.length;
  }

  run(): void {
    const html = this.html;
    let from = 0;
    while (from !== done) {
      const lt = html.indexOf('<', from);
      if (lt === -1) {
        this.flushText(this.length);
        break;
      }
      const c = lt + 1 < this.length ? html.charCodeAt(lt + 1) : -1;
      if (isAsciiAlpha(c)) from = this.startTag(lt);
      else if (c === slash) from = this.endTag(lt);
      else if (c === bang) from = this.declaration(lt);
      else if (c === question) from = this.processingInstruction(lt);
      else from = lt + 1; // `<` before a blank, a digit, CJK …: plain text
    }
  }

  /** `<name attr=…>`; the name starts at lt + 1 with an ASCII letter. */
  private startTag(lt: number): number {
    const html = this.html;
    const n = this.length;
    this.flushText(lt);
    let k = lt + 2;
    while (k < n && !isEndOfTagSection(html.charCodeAt(k))) k++;
    if (k >= n) return this.endsInStartTagName(lt + 1);
    const name = lowerCaseName(html, lt + 1, k);
    this.tree.openTagName(name);
    for (;;) {
      // Between attributes.
      if (k >= n) return done;
      let c = html.charCodeAt(k);
      if (c === greaterThan) {
        this.tree.openTagEnd();
        const rawTextEnd = rawTextEndTags.get(name);
        return rawTextEnd ? this.rawText(k + 1, rawTextEnd) : this.textFrom(k + 1);
      }
      if (c === slash) {
        k++;
        while (k < n && isBlank(html.charCodeAt(k))) k++;
        if (k >= n) return this.endsCutOff();
        if (html.charCodeAt(k) === greaterThan) {
          this.tree.selfClosingTagEnd();
          return this.textFrom(k + 1);
        }
        continue; // a stray slash: the next character starts an attribute
      }
      if (isBlank(c)) {
        k++;
        continue;
      }
      // An attribute name: everything up to `=`, a blank, `/` or `>` (its first character may be `=`).
      const nameStart = k;
      k++;
      while (k < n && !isAttributeNameEnd(html.charCodeAt(k))) k++;
      if (k >= n) return done;
      const attributeName = this.tree.readAttribute(html, nameStart, k);
      while (k < n && isBlank(html.charCodeAt(k))) k++;
      if (k >= n) return done;
      const isStyle = attributeName === 'style';
      const kept = attributeName !== undefined;
      if (html.charCodeAt(k) !== equals) {
        if (isStyle) this.tree.style(false);
        else if (kept) this.tree.attribute(attributeName, '');
        continue;
      }
      k++;
      while (k < n && isBlank(html.charCodeAt(k))) k++;
      if (k >= n) return done;
      c = html.charCodeAt(k);
      if (c === doubleQuote || c === singleQuote) {
        const close = html.indexOf(c === doubleQuote ? '"' : "'", k + 1);
        if (close === -1) return done;
        if (kept) this.keep(attributeName, isStyle, k + 1, close, c === doubleQuote ? '"' : "'");
        k = close + 1;
      } else {
        const valueStart = k;
        while (k < n && !isBlank((c = html.charCodeAt(k))) && c !== greaterThan) k++;
        if (k >= n) return done;
        if (kept) this.keep(attributeName, isStyle, valueStart, k, '');
      }
    }
  }

  /** Gives a read attribute's value to the tree; a `style` only as whether it hides the element. */
  private keep(
    name: string | undefined,
    isStyle: boolean,
    from: number,
    to: number,
    quote: '"' | "'" | '',
  ): void {
    if (!isStyle) this.tree.attribute(name!, this.decoded(from, to, quote));
    else this.tree.style(this.styleHidesAt(from, to, quote));
  }

  /**
   * styleHides of the style written at html[from, to). Without a character reference in it, the
   * page's next hiding declaration (found once, reused until passed) says so without a string.
   */
  private styleHidesAt(from: number, to: number, quote: '"' | "'" | ''): boolean {
    const amp = this.ampAt(from);
    if (amp !== -1 && amp < to) return styleHides(this.decoded(from, to, quote));
    if (this.nextHide === -2 || (this.nextHide !== -1 && this.nextHide < from)) {
      hidingDeclaration.lastIndex = from;
      const match = hidingDeclaration.exec(this.html);
      this.nextHide = match ? match.index : -1;
      this.nextHideEnd = match ? match.index + match[0].length : -1;
    }
    if (this.nextHide === -1 || this.nextHide >= to) return false;
    // A declaration running past the value (`style="display:"none`) is read from the value alone.
    return this.nextHideEnd <= to || styleHides(this.html.slice(from, to));
  }

  /** `</name …>`; lt + 1 is `/`. */
  private endTag(lt: number): number {
    const html = this.html;
    const n = this.length;
    let k = lt + 2;
    while (k < n && isBlank(html.charCodeAt(k))) k++;
    if (k >= n) return this.endsInText(); // `</` and blanks at the end are text
    const c = html.charCodeAt(k);
    if (c === greaterThan) return k + 1; // `</>` stays in the text
    this.flushText(lt);
    if (!isAsciiAlpha(c)) {
      // `</1…>`, `</中…>`: a bogus comment up to the next `>`.
      const gt = html.indexOf('>', k + 1);
      if (gt === -1) return this.endsWithRawText(k);
      this.tree.boundary();
      return this.textFrom(gt + 1);
    }
    let end = k + 1;
    while (end < n && !isClosingNameEnd(html.charCodeAt(end))) end++;
    if (end >= n) return done; // cut off inside the name: dropped
    this.tree.closeTagAt(html, k, end);
    return this.afterEndTagName(end);
  }

  /** Anything after an end tag's name is skipped up to `>`. */
  private afterEndTagName(k: number): number {
    const gt = this.html.charCodeAt(k) === greaterThan ? k : this.html.indexOf('>', k + 1);
    return gt === -1 ? this.endsCutOff() : this.textFrom(gt + 1);
  }

  /** `<!-- -->`, `<![CDATA[ ]]>` (a comment in HTML), `<!doctype …>`; lt + 1 is `!`. */
  private declaration(lt: number): number {
    const html = this.html;
    const n = this.length;
    this.flushText(lt);
    const k = lt + 2;
    if (k >= n) return done;
    const c = html.charCodeAt(k);
    let gt: number;
    if (c === openBracket) {
      let matched = 0;
      while (
        matched < cdataOpen.length &&
        k + 1 + matched < n &&
        html[k + 1 + matched] === cdataOpen[matched]
      ) {
        matched++;
      }
      const after = k + 1 + matched;
      if (matched === cdataOpen.length) return this.commentLike(after, ']]>');
      if (after >= n) return this.endsWithRawText(k);
      gt = html.indexOf('>', after);
    } else if (c === dash && k + 1 < n && html.charCodeAt(k + 1) === dash) {
      // The end may reuse the opening dashes: `<!-->` and `<!--->` are whole comments.
      return this.commentLike(k, '-->');
    } else {
      // `<!>` and `<!->` do not end at that `>`: the character after `<!` (or `<!-`) is skipped.
      gt = html.indexOf('>', c === dash ? k + 2 : k + 1);
    }
    if (gt === -1) return this.endsWithRawText(k);
    this.tree.boundary();
    return this.textFrom(gt + 1);
  }

  private commentLike(from: number, close: string): number {
    const end = this.html.indexOf(close, from);
    this.tree.boundary();
    return end === -1 ? done : this.textFrom(end + close.length);
  }

  /** `<?xml …>`, Word's `<?xml:namespace …>`; lt + 1 is `?`. */
  private processingInstruction(lt: number): number {
    this.flushText(lt);
    const gt = this.html.indexOf('>', lt + 2);
    if (gt === -1) return this.endsWithRawText(lt + 2);
    this.tree.boundary();
    return this.textFrom(gt + 1);
  }

  /**
   * The content of `<script>`, `<style>`, `<title>`, `<textarea>`, `<xmp>` up to its end tag,
   * matched as htmlparser2 matches it (ASCII case folded by setting bit 0x20, `<</script>` found).
   */
  private rawText(start: number, endTag: string): number {
    const html = this.html;
    const n = this.length;
    const isTitle = endTag === '</title';
    let matched = 0;
    for (let i = start; i < n; i++) {
      const c = html.charCodeAt(i);
      if (matched === endTag.length) {
        if (c === greaterThan || isBlank(c)) {
          const textEnd = i - endTag.length;
          if (textEnd > start) this.rawTextPiece(start, textEnd, isTitle);
          this.tree.closeTag(lowerCaseName(html, textEnd + 2, i));
          return this.afterEndTagName(i);
        }
        matched = 0;
      }
      if ((c | 0x20) === endTag.charCodeAt(matched)) matched++;
      else if (matched !== 0) matched = c === lessThan ? 1 : 0;
      else if (!isTitle) {
        const lt = html.indexOf('<', i + 1);
        if (lt === -1) break;
        i = lt;
        matched = 1;
      }
    }
    if (n > start) this.rawTextPiece(start, n, isTitle);
    return done;
  }

  private rawTextPiece(from: number, to: number, isTitle: boolean): void {
    const raw = this.html.slice(from, to);
    this.tree.text(isTitle && raw.includes('&') ? decodeTitleText(raw) : raw);
  }

  /** Text resumes at `from`. */
  private textFrom(from: number): number {
    this.textStart = from;
    return from;
  }

  /** Gives the text before `to` to the tree, character references decoded. */
  private flushText(to: number): void {
    if (to > this.textStart) this.tree.text(this.decoded(this.textStart, to, 'text'));
    this.textStart = to;
  }

  private decoded(from: number, to: number, context: 'text' | '"' | "'" | ''): string {
    const amp = this.ampAt(from);
    if (amp === -1 || amp >= to) return this.html.slice(from, to);
    return decodeReferences(this.html, from, to, amp, context);
  }

  /** The first `&` at or after `from` (-1: none). */
  private ampAt(from: number): number {
    if (this.nextAmp === -2 || (this.nextAmp !== -1 && this.nextAmp < from) || this.ampFrom > from) {
      this.nextAmp = this.html.indexOf('&', from);
      this.ampFrom = from;
    }
    return this.nextAmp;
  }

  /** The markup ended in text (`</` and blanks): everything left is text. */
  private endsInText(): number {
    this.flushText(this.length);
    return done;
  }

  /** The markup ended inside a declaration or bogus comment: its rest is text, undecoded. */
  private endsWithRawText(from: number): number {
    this.tree.text(this.html.slice(from));
    return done;
  }

  /**
   * The markup ended inside a start tag's name: dropped, unless the name so far could still become
   * a raw-text element's (`<t`, `<scr`, `<style`): htmlparser2 is then in a state of its own, which
   * gives the name as text.
   */
  private endsInStartTagName(nameStart: number): number {
    const partial = this.html.slice(nameStart);
    const lower = partial.toLowerCase();
    if ([...rawTextEndTags.keys()].some((name) => name.startsWith(lower))) this.tree.text(partial);
    return done;
  }

  /**
   * The markup ended after `<br/` or inside `</p …`: htmlparser2 gives the last character as
   * text (its section start is -1 there, and `slice(-1)` is the last character).
   */
  private endsCutOff(): number {
    this.tree.text(this.html.slice(-1));
    return done;
  }
}

const cdataOpen = 'CDATA[';

/**
 * Raw-text elements by lower-cased name, with the end tag that closes them. htmlparser2 picks a
 * group by the first letter (s; t or x) and matches the rest against the end tag, so `<tmp>` and
 * `<xitle>` are raw text there (up to `</xmp`, `</title`), and so here.
 */
const rawTextEndTags: ReadonlyMap<string, string> = new Map([
  ['script', '</script'],
  ['style', '</style'],
  ['title', '</title'],
  ['xitle', '</title'],
  ['textarea', '</textarea'],
  ['xextarea', '</textarea'],
  ['xmp', '</xmp'],
  ['tmp', '</xmp'],
]);

const hidingDeclaration = /display\s*:\s*none|visibility\s*:\s*hidden/gi;

/** Does a `style` value (character references decoded) hide its element? */
export function styleHides(style: string): boolean {
  hidingDeclaration.lastIndex = 0;
  return hidingDeclaration.test(style);
}

/**
 * What ends a piece of a tag, by character code (all 65,536: one load, no range test). The name
 * and attribute loops run over most of a Word page's bytes, so each test is a single lookup.
 */
const blankBit = 1;
const tagSectionEndBit = 2; // `/`, `>`
const equalsBit = 4;
const tagCharacterKinds = new Uint8Array(0x10000);
for (const c of [space, newline, tab, formFeed, carriageReturn]) tagCharacterKinds[c] = blankBit;
tagCharacterKinds[slash] = tagCharacterKinds[greaterThan] = tagSectionEndBit;
tagCharacterKinds[equals] = equalsBit;

function isBlank(c: number): boolean {
  return tagCharacterKinds[c] === blankBit;
}

function isEndOfTagSection(c: number): boolean {
  return (tagCharacterKinds[c]! & (blankBit | tagSectionEndBit)) !== 0;
}

function isAttributeNameEnd(c: number): boolean {
  return tagCharacterKinds[c] !== 0;
}

function isClosingNameEnd(c: number): boolean {
  return c === greaterThan || isBlank(c);
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
