import { describe, expect, it } from 'vitest';
import { hashPassword, passwordWeakness, verifyPassword } from './passwords.ts';

describe('passwords (等保 2.0: 鉴别信息加密存储、口令复杂度)', () => {
  it('hashes with scrypt and a fresh salt; verifies only the right password', async () => {
    const [first, second] = [await hashPassword('Correct-horse-9'), await hashPassword('Correct-horse-9')];
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('Correct-horse-9');
    expect(await verifyPassword('Correct-horse-9', first)).toBe(true);
    expect(await verifyPassword('correct-horse-9', first)).toBe(false);
    expect(await verifyPassword('Correct-horse-9', 'plain-text')).toBe(false);
  });

  it.each([
    ['Short-1', '密码长度不能少于10个字符'],
    ['alllowercaseletters', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['lowercase123456', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['Baishishan-2025', null],
    ['Lower-and-symbols', null],
  ])('%s → %s', (password, weakness) => expect(passwordWeakness(password)).toBe(weakness));
});
