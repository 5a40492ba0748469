/**
 * A natural person applying by name (Art. 29 (一)): a 居民身份证 number that passes the GB 11643
 * checksum, a phone and a postal address. Tests override what they look at (name, e-mail…).
 */
export function naturalPersonApplicant(overrides: { name?: string; phone?: string; email?: string } = {}) {
  return {
    name: '张三',
    idType: '居民身份证',
    idNumber: '11010519491231002X',
    phone: '13812345678',
    address: '吉林省蛟河市白石山镇新建村3组15号',
    ...overrides,
  };
}
