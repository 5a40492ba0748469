import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.ts';

// Three of the request channels (regulation.md, Art. 31): enough to see order, labels and membership.
const channel = vocabulary({ 'in-person': '当面', post: '信函', online: '网络' });

describe('vocabulary', () => {
  it('lists the codes in the order the labels were declared', () => {
    expect(channel.codes).toEqual(['in-person', 'post', 'online']);
    expect(channel.labels['in-person']).toBe('当面');
  });

  it.each([
    ['in-person', true],
    ['online', true],
    ['当面', false], // a label is not a code
    ['POST', false],
    ['', false],
    ['toString', false], // inherited from Object.prototype, not declared
    ['__proto__', false],
  ])('is(%j) → %s', (value, expected) => {
    expect(channel.is(value)).toBe(expected);
  });
});
