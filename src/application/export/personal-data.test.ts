import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskName, maskPersonalText, maskPhone } from './personal-data.ts';

// 个人信息保护法 / GB/T 35273-2020 附录 去标识化 examples used by government portals.
describe('personal data masking', () => {
  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳修文', '欧***'],
    ['李', '*'],
    ['  王五 ', '王*'],
  ])('name %s → %s', (input, masked) => expect(maskName(input)).toBe(masked));

  it.each([
    ['110101199003071234', '1101**********1234'],
    ['22028119851201002X', '2202**********002X'],
    ['220281851201002', '2202*******1002'],
    ['1234567', '*******'],
  ])('ID number %s → %s', (input, masked) => expect(maskIdNumber(input)).toBe(masked));

  it.each([
    ['13812345678', '138****5678'],
    ['0432-65123456', '****-****3456'],
    ['+86 139 0000 1111', '+** *** **** 1111'],
  ])('phone %s → %s', (input, masked) => expect(maskPhone(input)).toBe(masked));

  it.each([
    ['吉林省蛟河市白石山镇新建村3组15号', '吉林省蛟河市白石山镇****'],
    ['北京市东城区景山前街4号', '北京市东城区****'],
    ['新建村3组15号', '新建村****'],
  ])('address %s → %s', (input, masked) => expect(maskAddress(input)).toBe(masked));

  it('masks ID and mobile numbers inside free text, leaving other digits', () => {
    const text = '申请人张三，身份证110101199003071234，电话13812345678，申请2023年第5号文件。';
    const masked = maskPersonalText(text);
    expect(masked).toBe('申请人张三，身份证1101**********1234，电话138****5678，申请2023年第5号文件。');
    expect(masked).not.toMatch(/\d{11}/);
  });
});
