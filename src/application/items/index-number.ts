import { Problem } from '../../http/errors.ts';

/**
 * 索引号 from a body's pattern (regulation.md: body code + year + category + serial, pattern per
 * body, e.g. `01526078-8-/2019-0111001`). Tokens: {code} {year} {category} {serial} {serial:N}
 * (zero-padded to N digits). Anything else in the pattern is kept literally.
 */
const tokenPattern = /\{(code|year|category|serial)(?::(\d))?\}/g;

export interface IndexNumberParts {
  code: string;
  year: number;
  category: string;
  serial: number;
}

export function formatIndexNumber(pattern: string, parts: IndexNumberParts): string {
  return pattern.replace(tokenPattern, (_match, token: string, width?: string) => {
    if (token === 'serial') return String(parts.serial).padStart(Number(width ?? 0), '0');
    if (token === 'year') return String(parts.year);
    return token === 'code' ? parts.code : parts.category;
  });
}

/** A pattern must number items uniquely: it needs {serial}, and {year} since serials restart yearly. */
export function checkIndexNumberPattern(pattern: string): void {
  const tokens = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  const unknown = tokens.find((t) => !/^(code|year|category|serial(:\d)?)$/.test(t));
  if (unknown !== undefined) {
    throw new Problem(
      400,
      'INDEX_PATTERN_INVALID',
      `索引号规则中的“{${unknown}}”无法识别`,
      'indexNumberPattern',
    );
  }
  if (!tokens.some((t) => t.startsWith('serial')) || !tokens.includes('year')) {
    throw new Problem(
      400,
      'INDEX_PATTERN_INVALID',
      '索引号规则须包含 {year} 和 {serial}',
      'indexNumberPattern',
    );
  }
}
