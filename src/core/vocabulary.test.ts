import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

// The request channels of core/request/vocabulary.ts (regulation.md, Art. 31), written out here.
const channel = vocabulary({
  'in-person': '当面',
  post: '信函',
  fax: '传真',
  online: '网络',
  email: '电子邮件',
  other: '其他',
});

describe('vocabulary', () => {
  it('lists the codes in the order the labels were declared', () => {
    expect(channel.codes).toEqual(['in-person', 'post', 'fax', 'online', 'email', 'other']);
    expect(channel.labels['in-person']).toBe('当面');
  });

  it.each([
    ['in-person', true],
    ['other', true],
    ['当面', false], // a label is not a code
    ['POST', false],
    ['', false],
    ['toString', false], // inherited from Object.prototype, not declared
    ['__proto__', false],
  ])('is(%j) → %s', (value, expected) => {
    expect(channel.is(value)).toBe(expected);
  });
});
