import { describe, expect, it } from 'vitest';
import { matches, matchesAround, matchesBefore } from './text.ts';

const phoneCue = /(联系电话|电话号码|联系方式|电话|传真)\s*[:：]?\s*/g;
const total = /(共计|合计|共)\D{0,4}(\d+)件/g;

type Case = [name: string, text: string, pattern: RegExp, anchors: string[], reach: number];

/** matchesAround must find exactly what a full scan finds: same positions, same texts, same groups. */
const cases: Case[] = [
  [
    'a cue whose anchor is 2 characters in',
    '请拨打联系电话：0432-1234567。',
    phoneCue,
    ['电话', '联系方式', '传真'],
    2,
  ],
  ['cues back to back', '电话：1 传真：2 联系电话3电话号码4', phoneCue, ['电话', '联系方式', '传真'], 2],
  ['a cue at the very start and end', '传真 和电话', phoneCue, ['电话', '联系方式', '传真'], 2],
  ['an anchor that starts no match, then one that does', '共有人员，共计收到12件', total, ['共', '合计'], 0],
  ['the longer alternative wins at one position', '合计 5件，共计 7件，共3件', total, ['共', '合计'], 0],
  ['no anchor at all', '本年度未收到申请。', total, ['共', '合计'], 0],
];

const shape = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

const listing = /(共计|合计|共)[^\d。]{0,4}(\d+)件[^。\d]{0,6}其中/g;

/** matchesBefore must find exactly what a full scan finds, whatever the sentences around. */
const sentenceCases: Array<[name: string, text: string]> = [
  ['a listing right after a full stop', '上年结转。合计5件其中网络3件'],
  ['a 其中 without a total before it in its sentence', '共3件。其中2件；合计7件，其中4件'],
  ['two listings in one sentence', '共3件其中1件，合计7件其中4件'],
  ['a 其中 inside a listing', '共12件其中其中'],
  ['no 其中 at all', '共3件。合计7件'],
  ['a 其中 at the very start', '其中共3件其中'],
];

describe('matchesAround', () => {
  it.each(cases)('%s', (_name, text, pattern, anchors, reach) => {
    const expected = shape(matches(text, pattern));
    expect(shape(matchesAround(text, pattern, anchors, reach))).toEqual(expected);
  });

  it.each(sentenceCases)('matchesBefore: %s', (_name, text) => {
    expect(shape(matchesBefore(text, listing, '其中', '。'))).toEqual(shape(matches(text, listing)));
  });

  it('finds the cue that starts before its anchor (联系电话, not 电话)', () => {
    const [m] = matchesAround('联系电话：123', phoneCue, ['电话'], 2);
    expect(m?.[0]).toBe('联系电话：');
    expect(m?.index).toBe(0);
  });

  it('keeps two unfinished scans of one pattern apart', () => {
    const a = matches('共1件 共2件', total);
    const b = matches('共3件', total);
    expect([a.next().value?.[2], b.next().value?.[2], a.next().value?.[2]]).toEqual(['1', '3', '2']);
  });
});
