import { RuleError } from '../calendar/errors.ts';
import {
  parsePattern,
  TOKEN_CHARS,
  type IndexPattern,
  type PatternPiece,
  type TokenName,
} from './pattern.ts';

/** The parts of one 索引号; `year` and `category` only when the pattern has them. */
export interface IndexNumberParts {
  body: string;
  year?: number;
  category?: string;
  serial: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CHAR_CLASS: Record<TokenName, string> = {
  body: '[0-9A-Za-z-]',
  year: '[0-9]',
  category: '[0-9A-Za-z]',
  serial: '[0-9]',
};

function tokenRegExp(piece: Extract<PatternPiece, { kind: 'token' }>): string {
  if (piece.name === 'year') return '([0-9]{4})';
  // An unpadded serial never starts with 0, so 7 and 007 cannot both be read as 7.
  if (piece.name === 'serial' && piece.width === null) return '([1-9][0-9]*)';
  return piece.width === null
    ? `(${CHAR_CLASS[piece.name]}+?)`
    : `(${CHAR_CLASS[piece.name]}{${piece.width}})`;
}

function valueOf(name: TokenName, parts: IndexNumberParts): string | undefined {
  if (name === 'year') return parts.year === undefined ? undefined : String(parts.year);
  if (name === 'serial') return String(parts.serial);
  return parts[name];
}

function partInvalid(name: TokenName, why: string): RuleError {
  const labels: Record<TokenName, string> = {
    body: '机关代码',
    year: '年份',
    category: '类别',
    serial: '流水号',
  };
  return new RuleError('INDEX_PART_INVALID', `索引号的${labels[name]}${why}。`, name);
}

/** Writes the 索引号 of `parts` in `pattern`; refuses parts that could not be read back the same. */
export function formatIndexNumber(pattern: IndexPattern, parts: IndexNumberParts): string {
  return parsePattern(pattern)
    .map((piece) => {
      if (piece.kind === 'literal') return piece.text;
      const raw = valueOf(piece.name, parts);
      if (raw === undefined || raw === '') throw partInvalid(piece.name, '缺失');
      const year = parts.year ?? 0;
      if (piece.name === 'year' && !(Number.isInteger(year) && year >= 1000 && year <= 9999)) {
        throw partInvalid('year', `“${raw}”不是4位年份`);
      }
      if (piece.name === 'serial') {
        if (!(Number.isSafeInteger(parts.serial) && parts.serial >= 1))
          throw partInvalid('serial', '须为正整数');
        if (piece.width !== null && raw.length > piece.width) {
          throw new RuleError(
            'INDEX_SERIAL_EXHAUSTED',
            `流水号${raw}超出格式规定的${piece.width}位，本类别本年度的索引号已用尽，请调整索引号格式。`,
            'serial',
          );
        }
        return piece.width === null ? raw : raw.padStart(piece.width, '0');
      }
      if (![...raw].every((c) => TOKEN_CHARS[piece.name].test(c))) {
        throw partInvalid(piece.name, `“${raw}”含有不允许的字符`);
      }
      if (piece.width !== null && raw.length !== piece.width) {
        throw partInvalid(piece.name, `“${raw}”应为${piece.width}位`);
      }
      return raw;
    })
    .join('');
}

/**
 * Reads a 索引号 back into its parts. Full-width characters (０１/２０１９) are folded first (NFKC);
 * anything that does not fit the pattern is INDEX_NUMBER_MISMATCH, never a partial guess.
 */
export function parseIndexNumber(pattern: IndexPattern, indexNumber: string): IndexNumberParts {
  const pieces = parsePattern(pattern);
  const source = pieces.map((p) => (p.kind === 'literal' ? escapeRegExp(p.text) : tokenRegExp(p))).join('');
  const text = indexNumber.normalize('NFKC').trim();
  const match = new RegExp(`^${source}$`, 'u').exec(text);
  const mismatch = (): RuleError =>
    new RuleError(
      'INDEX_NUMBER_MISMATCH',
      `索引号“${indexNumber}”不符合本机关的索引号格式“${pattern}”。`,
      'indexNumber',
    );
  if (!match) throw mismatch();
  const tokens = pieces.filter((p): p is Extract<PatternPiece, { kind: 'token' }> => p.kind === 'token');
  const value = (name: TokenName): string | undefined => {
    const i = tokens.findIndex((t) => t.name === name);
    return i < 0 ? undefined : match[i + 1];
  };
  const parts: IndexNumberParts = { body: value('body') as string, serial: Number(value('serial')) };
  if (parts.serial < 1) throw mismatch(); // 000 is no serial: numbering starts at 1
  const year = value('year');
  if (year !== undefined) parts.year = Number(year);
  const category = value('category');
  if (category !== undefined) parts.category = category;
  return parts;
}
