import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

// RFC 4180 quoting; OWASP "CSV injection": a cell starting with = + - @ tab or CR runs as a formula.
describe('CSV cells', () => {
  it.each([
    ['白政发〔2025〕1号', '"白政发〔2025〕1号"'],
    ['他说"好"', '"他说""好"""'],
    ['a,b\nc', '"a,b\nc"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+86 138', `"'+86 138"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    [null, '""'],
    [['网站', '微信'], '"网站、微信"'],
    [42, '"42"'],
  ])('%j → %s', (value, cell) => expect(csvCell(value)).toBe(cell));

  it('starts with a BOM and ends rows with CRLF', () => {
    expect(toCsv(['甲', '乙'], [[1, 2]])).toBe('\uFEFF"甲","乙"\r\n"1","2"\r\n');
  });
});
