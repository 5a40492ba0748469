import type { Citation } from './citation.ts';

/**
 * The applicant's remedies against a reply (2019 Art. 51), counted in calendar time — not working
 * days — from the day the applicant knows of the reply.
 */
export interface Remedy {
  kind: 'administrative-review' | 'litigation';
  labelZh: string;
  period: { days: number } | { months: number };
  citation: Citation;
}

export const remedies: readonly Remedy[] = [
  {
    kind: 'administrative-review',
    labelZh: '行政复议',
    period: { days: 60 },
    citation: {
      law: '中华人民共和国行政复议法（2023年修订）',
      article: '第二十条第一款',
      text: '公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请。',
    },
  },
  {
    kind: 'litigation',
    labelZh: '行政诉讼',
    period: { months: 6 },
    citation: {
      law: '中华人民共和国行政诉讼法',
      article: '第四十六条第一款',
      text: '公民、法人或者其他组织直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出。',
    },
  },
];

/** A period whose last day is a holiday ends on the first working day after it. */
export const periodEndOnHoliday: Citation = {
  law: '中华人民共和国民事诉讼法',
  article: '第八十五条',
  text: '期间开始的时和日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。',
};
