import { isIsoDate, yearOf, type IsoDate } from '../calendar/date.ts';
import { RuleError } from '../calendar/errors.ts';
import { OUTCOMES, type Decision } from '../request/decisions.ts';
import type { RequestState } from '../request/state.ts';
import { remedies } from '../statutes/remedies.ts';
import {
  chineseDate,
  DATE_FIELDS,
  LETTER_FIELD_LABELS,
  type LetterField,
  type LetterFields,
} from './fields.ts';
import { LETTER_TEMPLATES, placeholdersOf, type LetterKind, type ReplyKind } from './templates.ts';

/** A letter laid out as parts, for the HTML, DOCX and PDF renderers to typeset. */
export interface Letter {
  kind: LetterKind;
  title: string;
  /** 文号-like reference, e.g. 白石山镇依申公开答〔2024〕GK-2024-000123号. */
  reference: string;
  addressee: string;
  paragraphs: string[];
  closing: string;
  signature: string;
  date: IsoDate;
  dateZh: string;
}

const REFERENCE_WORDS: Record<'reply' | Exclude<LetterKind, ReplyKind>, string> = {
  reply: '依申公开答',
  'correction-notice': '依申公开补',
  'extension-notice': '依申公开延',
  'fee-notice': '依申公开费',
  'third-party-consultation': '依申公开征',
};

const DEFAULT_REVIEW_BODY = '有管辖权的行政复议机关';
const DEFAULT_COURT = '有管辖权的人民法院';

/**
 * The applicant's remedies (条例第五十一条): 行政复议 within 60 days (行政复议法第二十条), 行政诉讼
 * within 6 months (行政诉讼法第四十六条), both from receiving the letter; periods from statutes data.
 */
export function remediesParagraph(fields: LetterFields): string {
  const span = (kind: 'administrative-review' | 'litigation'): string => {
    const period = remedies.find((r) => r.kind === kind)?.period;
    if (!period) throw new Error(`remedy ${kind} missing from statutes`);
    return 'days' in period ? `${period.days}日` : `${period.months}个月`;
  };
  return (
    `如对本答复不服，可以自收到本告知书之日起${span('administrative-review')}内向` +
    `${fields.reviewBody?.trim() || DEFAULT_REVIEW_BODY}申请行政复议，或者自收到本告知书之日起` +
    `${span('litigation')}内向${fields.court?.trim() || DEFAULT_COURT}提起行政诉讼。`
  );
}

function fill(text: string, values: LetterFields): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: LetterField) => values[name] ?? '');
}

/**
 * Fills a template. Every placeholder it uses, and the addressee, signature and date, must be
 * given: a missing one is LETTER_FIELD_MISSING naming the fields in Chinese, never an empty gap.
 */
export function buildLetter(kind: LetterKind, fields: LetterFields, reference?: string): Letter {
  const template = LETTER_TEMPLATES[kind];
  if (!template) throw new RuleError('LETTER_KIND_UNKNOWN', `没有“${String(kind)}”类的文书模板。`, 'kind');
  const addresseeField: LetterField =
    template.addressee === 'third-party' ? 'thirdPartyName' : 'applicantName';
  const needed = [
    ...new Set<LetterField>([addresseeField, 'bodyName', 'letterDate', ...placeholdersOf(template)]),
  ];
  const missing = needed.filter((f) => !fields[f]?.trim());
  if (missing.length > 0) {
    throw new RuleError(
      'LETTER_FIELD_MISSING',
      `生成“${template.title}”缺少：${missing.map((f) => LETTER_FIELD_LABELS[f]).join('、')}。`,
      missing[0],
    );
  }
  // Values sit inside sentences: a trailing 。 typed by staff would print “。。”.
  const printed: LetterFields = Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, v?.trim().replace(/[。；;，,.\s]+$/u, '')]),
  );
  for (const field of DATE_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    if (!isIsoDate(value)) {
      throw new RuleError(
        'LETTER_DATE_INVALID',
        `${LETTER_FIELD_LABELS[field]}“${value}”不是有效日期。`,
        field,
      );
    }
    printed[field] = chineseDate(value);
  }
  const date = fields.letterDate as IsoDate;
  const bodyName = (fields.bodyName as string).trim();
  const word =
    kind in REFERENCE_WORDS ? REFERENCE_WORDS[kind as keyof typeof REFERENCE_WORDS] : REFERENCE_WORDS.reply;
  const paragraphs = template.paragraphs.map((p) => fill(p, printed));
  if (template.remedies) paragraphs.push(remediesParagraph(fields));
  if (fields.contact?.trim()) paragraphs.push(`联系方式：${fields.contact.trim()}。`);
  return {
    kind,
    title: template.title,
    reference: reference ?? `${bodyName}${word}〔${yearOf(date)}〕${fields.trackingNumber ?? ''}号`,
    addressee: (fields[addresseeField] as string).trim(),
    paragraphs,
    closing: template.addressee === 'third-party' ? '特此函告。' : '特此告知。',
    signature: bodyName,
    date,
    dateZh: chineseDate(date),
  };
}

/** What a request's own history and decision say, as letter fields (the caller adds names and text). */
export function fieldsFromRequest(state: RequestState, decision?: Decision | null): LetterFields {
  const fields: LetterFields = {};
  if (state.receiptDate) fields.receivedOn = state.receiptDate;
  if (state.correction) {
    fields.correctionRequestedOn = state.correction.requestedOn;
    fields.correctBy = state.correction.correctBy;
    fields.correctionItems = state.correction.items.map((item, i) => `（${i + 1}）${item}`).join('；');
  }
  if (state.fee) {
    fields.feeNotifiedOn = state.fee.notifiedOn;
    fields.amountYuan = String(state.fee.amountYuan);
  }
  const chosen = decision ?? state.decision;
  if (chosen) {
    const article = chosen.article ?? OUTCOMES[chosen.kind].articles[0];
    if (article) fields.article = article;
    for (const key of ['ground', 'publishedAt', 'holderBody', 'provisionForm'] as const) {
      const value = chosen[key];
      if (value !== undefined) fields[key] = value;
    }
  }
  return fields;
}

/** Two full-width spaces: the first-line indent of Chinese official letters. */
const INDENT = '\u3000\u3000';

/** The letter as plain text (tests, e-mail bodies, the CLI). */
export function renderPlainText(letter: Letter): string {
  return [
    letter.title,
    letter.reference,
    '',
    `${letter.addressee}：`,
    ...letter.paragraphs.map((p) => `${INDENT}${p}`),
    `${INDENT}${letter.closing}`,
    '',
    letter.signature,
    letter.dateZh,
    '',
  ].join('\n');
}
