import { RuleError } from '../calendar/errors.ts';

/**
 * A body's 索引号 pattern: literal text with tokens `{body}`, `{year}`, `{category}` and `{serial}`;
 * `:N` fixes a token's width (`{serial:3}` → 001). Examples:
 * `{body}-/{year}-{category:4}{serial:3}` → 01526078-8-/2019-0111001 (body code / year / category / serial),
 * `{body:18}/{year}-{serial:5}` → 11220281MB1234567X/2024-00001.
 */
export type IndexPattern = string;

export const TOKEN_NAMES = ['body', 'year', 'category', 'serial'] as const;
export type TokenName = (typeof TOKEN_NAMES)[number];

export type PatternPiece =
  { kind: 'literal'; text: string } | { kind: 'token'; name: TokenName; width: number | null };

/** Characters each token may hold (body codes such as 01526078-8 carry a hyphen). */
export const TOKEN_CHARS: Record<TokenName, RegExp> = {
  body: /^[0-9A-Za-z-]$/,
  year: /^[0-9]$/,
  category: /^[0-9A-Za-z]$/,
  serial: /^[0-9]$/,
};

function invalid(pattern: string, why: string): RuleError {
  return new RuleError('INDEX_PATTERN_INVALID', `索引号格式“${pattern}”无效：${why}。`, 'pattern');
}

export function widthOf(piece: PatternPiece): number | null {
  if (piece.kind === 'literal') return piece.text.length;
  return piece.name === 'year' ? 4 : piece.width;
}

/**
 * Splits and checks a pattern. It must name {body} and {serial} once each, and be readable back in
 * exactly one way: a token without a fixed width must be followed either only by fixed-width pieces,
 * or by a literal holding a character the token cannot contain (so the token ends where it starts).
 */
export function parsePattern(pattern: IndexPattern): PatternPiece[] {
  const pieces: PatternPiece[] = [];
  const re = /\{(\w+)(?::(\d+))?\}|([^{}]+)|([{}])/g;
  for (const match of pattern.matchAll(re)) {
    const [, name, width, literal, brace] = match;
    if (brace) throw invalid(pattern, `多余的“${brace}”`);
    if (literal !== undefined) {
      pieces.push({ kind: 'literal', text: literal });
      continue;
    }
    if (!(TOKEN_NAMES as readonly string[]).includes(name as string)) {
      throw invalid(pattern, `不认识“{${name}}”，可用：{body}、{year}、{category}、{serial}`);
    }
    const n = width === undefined ? null : Number(width);
    if (n !== null && !(n >= 1 && n <= 30)) throw invalid(pattern, `“{${name}}”的位数须在1到30之间`);
    if (name === 'year' && n !== null && n !== 4) throw invalid(pattern, '年份固定为4位');
    if (name === 'serial' && n !== null && n > 15) throw invalid(pattern, '流水号最多15位');
    if (pieces.some((p) => p.kind === 'token' && p.name === name))
      throw invalid(pattern, `“{${name}}”出现了两次`);
    pieces.push({ kind: 'token', name: name as TokenName, width: n });
  }
  for (const required of ['body', 'serial'] as const) {
    if (!pieces.some((p) => p.kind === 'token' && p.name === required)) {
      throw invalid(pattern, `缺少“{${required}}”`);
    }
  }
  checkReadable(pattern, pieces);
  return pieces;
}

function checkReadable(pattern: string, pieces: PatternPiece[]): void {
  pieces.forEach((piece, i) => {
    if (piece.kind !== 'token' || widthOf(piece) !== null) return;
    const next = pieces[i + 1];
    const restFixed = pieces.slice(i + 1).every((p) => widthOf(p) !== null);
    const stopsAtLiteral =
      next?.kind === 'literal' && [...next.text].some((c) => !TOKEN_CHARS[piece.name].test(c));
    if (!restFixed && !stopsAtLiteral) {
      throw new RuleError(
        'INDEX_PATTERN_AMBIGUOUS',
        `索引号格式“${pattern}”有歧义：不定长的“{${piece.name}}”后面须紧跟它不会包含的分隔符（如“/”），或给它定长（如“{${piece.name}:4}”）。`,
        'pattern',
      );
    }
  });
}
