import type { NarrativeFigure } from '../report-format/index.ts';
import { valueOf, type ComputedReport } from '../report-compute/report.ts';

/** A paragraph of generated prose and the figures it states (checked later by N-TABLE). */
export interface DraftParagraph {
  heading: string;
  text: string;
  figures: NarrativeFigure[];
}

type Fields = ComputedReport['fields'];

/** Outcome groups named in the standard sentence, in the order of 表三. */
const OUTCOME_GROUPS: Array<[string, string]> = [
  ['予以公开', '予以公开'],
  ['部分公开', '部分公开'],
  ['不予公开', '不予公开'],
  ['无法提供', '无法提供'],
  ['不予处理', '不予处理'],
  ['其他处理', '其他处理'],
];

/** Sum of a 表三 group's 总计 cells (`不予公开.*.总计` …) — the subtotal the form does not print. */
export function groupTotal(fields: Fields, group: string): number {
  return Object.keys(fields)
    .filter((k) => (k === `${group}.总计` || k.startsWith(`${group}.`)) && k.endsWith('.总计'))
    .reduce((sum, k) => sum + valueOf(fields, k), 0);
}

/** Builds a sentence from parts, recording each figure with the sentence it sits in. */
class Sentence {
  private parts: string[] = [];
  private pending: Array<Omit<NarrativeFigure, 'text'>> = [];
  say(text: string): this {
    this.parts.push(text);
    return this;
  }
  figure(key: string, value: number, unit: string, wrap: (n: string) => string): this {
    this.pending.push({ key: `narrative.${key}`, value, unit });
    return this.say(wrap(String(value)));
  }
  done(): { text: string; figures: NarrativeFigure[] } {
    const text = this.parts.join('');
    return { text, figures: this.pending.map((f) => ({ ...f, text })) };
  }
}

/** “本年度共收到政府信息公开申请X件…”: the standard sentence of 依申请公开 (gov-2019 / gov-2021). */
export function requestsSentence(fields: Fields): { text: string; figures: NarrativeFigure[] } {
  const s = new Sentence()
    .figure(
      '收到申请',
      valueOf(fields, '本年新收政府信息公开申请数量.总计'),
      '件',
      (n) => `本年度共收到政府信息公开申请${n}件`,
    )
    .figure('上年结转', valueOf(fields, '上年结转政府信息公开申请数量.总计'), '件', (n) => `，上年结转${n}件`)
    .figure('办结', valueOf(fields, '办理结果总计.总计'), '件', (n) => `；本年度办结${n}件`);
  const parts = OUTCOME_GROUPS.map(
    ([group, label]) => [group, label, groupTotal(fields, group)] as const,
  ).filter(([, , n]) => n > 0);
  parts.forEach(([group, label, n], i) =>
    s.figure(group, n, '件', (v) => `${i === 0 ? '，其中' : '、'}${label}${v}件`),
  );
  s.figure(
    '结转下年度',
    valueOf(fields, '结转下年度继续办理.总计'),
    '件',
    (n) => `；结转下年度继续办理${n}件。`,
  );
  return s.done();
}

export function appealsSentence(fields: Fields): { text: string; figures: NarrativeFigure[] } {
  const litigation =
    valueOf(fields, '行政诉讼.未经复议直接起诉.总计') + valueOf(fields, '行政诉讼.复议后起诉.总计');
  return new Sentence()
    .figure(
      '行政复议',
      valueOf(fields, '行政复议.总计'),
      '件',
      (n) => `本年度因政府信息公开工作被申请行政复议${n}件`,
    )
    .figure('行政诉讼', litigation, '件', (n) => `，被提起行政诉讼${n}件。`)
    .done();
}

function proactiveSentence(report: ComputedReport): { text: string; figures: NarrativeFigure[] } {
  const f = report.fields;
  const docs = report.format === 'gov-2019' ? '规范性文件' : '行政规范性文件';
  const madeColumn = report.format === 'gov-2019' ? '本年新制作数量' : '本年制发件数';
  return new Sentence()
    .say('本机关严格落实《中华人民共和国政府信息公开条例》，按照公开目录做好主动公开工作')
    .figure('制发规章', valueOf(f, `规章.${madeColumn}`), '件', (n) => `，本年度制发规章${n}件`)
    .figure('制发规范性文件', valueOf(f, `${docs}.${madeColumn}`), '件', (n) => `、${docs}${n}件`)
    .say('，均按规定及时公开。')
    .done();
}

function paragraph(heading: string, built: { text: string; figures: NarrativeFigure[] }): DraftParagraph {
  return { heading, ...built };
}

/** 2014–2018 统计表 wording: 收到申请 and 办结 (按时 / 延期). */
export function national2014RequestsSentence(fields: Fields): { text: string; figures: NarrativeFigure[] } {
  return new Sentence()
    .figure('收到申请', valueOf(fields, '收到申请数'), '件', (n) => `本年度共收到政府信息公开申请${n}件`)
    .figure('办结', valueOf(fields, '申请办结数'), '件', (n) => `，办结${n}件`)
    .figure('按时办结', valueOf(fields, '申请办结数.按时办结数'), '件', (n) => `，其中按时办结${n}件`)
    .figure('延期办结', valueOf(fields, '申请办结数.延期办结数'), '件', (n) => `、延期办结${n}件。`)
    .done();
}

/** The draft of 一、总体情况 (gov-2019 / gov-2021), written from the same numbers as the tables. */
export function draftOverview(report: ComputedReport): DraftParagraph[] {
  if (report.format === 'national-2014') {
    return [
      paragraph('（一）主动公开', {
        text: `本年度主动公开政府信息${valueOf(report.fields, '主动公开政府信息数')}条。`,
        figures: [],
      }),
      paragraph('（二）依申请公开', national2014RequestsSentence(report.fields)),
    ];
  }
  const requests = requestsSentence(report.fields);
  const appeals = appealsSentence(report.fields);
  return [
    paragraph('（一）主动公开', proactiveSentence(report)),
    paragraph('（二）依申请公开', {
      text: `${requests.text}${appeals.text}`,
      figures: [...requests.figures, ...appeals.figures],
    }),
    paragraph('（三）政府信息管理', {
      text: '严格执行公开前保密审查和发布审核制度，动态更新政府信息公开指南和目录。',
      figures: [],
    }),
    paragraph('（四）平台建设', {
      text: '依托政府网站政府信息公开专栏集中发布法定主动公开内容，及时维护栏目。',
      figures: [],
    }),
    paragraph('（五）监督保障', {
      text: '将政府信息公开工作纳入年度工作要点，明确责任分工，加强业务培训。',
      figures: [],
    }),
  ];
}
