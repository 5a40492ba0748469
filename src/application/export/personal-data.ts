/**
 * Masking of applicants' personal information (个人信息保护法 Art. 28/51; GB/T 35273 去标识化) for
 * every public view, export and log. Only the handling body sees the full values.
 */

/** 张三 → 张*, 欧阳修文 → 欧***. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 6));
}

/** 110101199003071234 → 1101**********1234 (region prefix and last four kept). */
export function maskIdNumber(id: string): string {
  const value = id.replace(/\s/g, '');
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

/** 13812345678 → 138****5678; 0432-65123456 → 0432-****3456. */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7) return value.replace(/\d/g, '*');
  const keepStart = /^1\d{10}$/.test(digits) ? 3 : 0;
  let seen = 0;
  return value.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= keepStart || seen > digits.length - 4 ? digit : '*';
  });
}

// Administrative levels a public view may show: up to the township / street, never the house.
const adminPrefix =
  /^(?:[^省]{2,7}(?:省|自治区))?(?:[^市州盟]{1,9}?(?:市|自治州|州|盟|地区))?(?:[^区县旗]{1,9}?(?:区|县|自治县|旗|市))?(?:[^镇乡]{1,9}?(?:镇|乡|街道))?/u;

/** 吉林省蛟河市白石山镇新建村3组15号 → 吉林省蛟河市白石山镇****. */
export function maskAddress(address: string): string {
  const value = address.trim();
  if (!value) return '';
  const prefix = adminPrefix.exec(value)?.[0] ?? '';
  const kept = prefix && prefix.length < value.length ? prefix : [...value].slice(0, 3).join('');
  return `${kept}****`;
}

/** Finds ID numbers and mobile numbers inside free text (request descriptions, log lines) and masks them. */
export function maskPersonalText(text: string): string {
  return text
    .replace(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, maskIdNumber)
    .replace(/(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g, maskIdNumber)
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, maskPhone);
}
