import type { OutcomeKind } from '../request/decisions.ts';
import type { LetterField } from './fields.ts';

/** Notices sent while a request is handled (not replies). */
export const NOTICE_KINDS = [
  'correction-notice',
  'extension-notice',
  'fee-notice',
  'third-party-consultation',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
/** Withdrawal needs no letter: the applicant ended the request themselves. */
export type ReplyKind = Exclude<OutcomeKind, 'withdrawn'>;
export type LetterKind = ReplyKind | NoticeKind;

/**
 * A letter as data: paragraphs with {field} placeholders. Every placeholder is required: a letter
 * that would print an empty ground or article is refused, never sent.
 */
export interface LetterTemplate {
  title: string;
  /** Who it is addressed to; the third party never sees the applicant's name. */
  addressee: 'applicant' | 'third-party';
  paragraphs: readonly string[];
  /** Whether the 行政复议 / 行政诉讼 paragraph follows (every reply; notices that decide nothing: no). */
  remedies: boolean;
}

const REPLY_TITLE = '政府信息公开申请答复告知书';
const LAW = '《中华人民共和国政府信息公开条例》';
const OPENING =
  '本机关于{receivedOn}收到您提出的政府信息公开申请（申请编号：{trackingNumber}），您申请获取：“{description}”。经审查，现答复如下：';

function reply(...paragraphs: string[]): LetterTemplate {
  return { title: REPLY_TITLE, addressee: 'applicant', paragraphs: [OPENING, ...paragraphs], remedies: true };
}

const refusal = (what: string): LetterTemplate =>
  reply(`您申请获取的政府信息${what}：{ground}。根据${LAW}{article}的规定，本机关决定不予公开。`);

export const LETTER_TEMPLATES: Record<LetterKind, LetterTemplate> = {
  disclose: reply(
    `您申请获取的政府信息属于公开范围。根据${LAW}{article}的规定，本机关予以公开，以{provisionForm}形式向您提供。`,
  ),
  'disclose-already-public': reply(
    `您申请获取的政府信息本机关已经主动公开，您可以通过以下方式和途径获取：{publishedAt}。根据${LAW}{article}的规定，特此告知。`,
  ),
  partial: reply(
    `您申请获取的政府信息中含有不应当公开的内容：{ground}。根据${LAW}第三十七条和{article}的规定，本机关对上述内容作区分处理，不予公开；其余可以公开的内容以{provisionForm}形式向您提供。`,
  ),
  'refuse-state-secret': refusal('属于依法确定的国家秘密'),
  'refuse-prohibited-by-law': refusal('属于法律、行政法规禁止公开的信息'),
  'refuse-three-securities': refusal('公开后可能危及国家安全、公共安全、经济安全、社会稳定'),
  'refuse-trade-secret': refusal('涉及商业秘密，公开会对第三方合法权益造成损害'),
  'refuse-privacy': refusal('涉及个人隐私，公开会对第三方合法权益造成损害'),
  'refuse-internal-affairs': refusal('属于行政机关的内部事务信息'),
  'refuse-process-information': refusal('属于行政机关在履行行政管理职能过程中形成的过程性信息'),
  'refuse-enforcement-file': refusal('属于行政执法案卷信息'),
  'refuse-administrative-query': reply(
    `您申请获取的信息属于行政查询事项：{ground}。有关法律、行政法规对该信息的获取有特别规定，根据${LAW}{article}的规定，请您依照有关规定办理查询。`,
  ),
  'not-held': reply(
    `经检索，本机关没有制作或者获取您申请公开的政府信息，该政府信息不存在。根据${LAW}第三十六条第（四）项的规定，特此告知。`,
  ),
  'not-held-other-body': reply(
    `您申请公开的政府信息不属于本机关负责公开。根据${LAW}第三十六条第（五）项的规定，负责公开该政府信息的行政机关为：{holderBody}，您可以向其提出申请。`,
  ),
  'needs-creation': reply(
    `本机关没有您所申请的现成信息，提供该信息需要对现有政府信息进行加工、分析。根据${LAW}第三十八条的规定，本机关不予提供。`,
  ),
  'unclear-after-correction': reply(
    `本机关已于{correctionRequestedOn}告知您补正申请内容，您补正后的申请内容仍不明确，本机关无法确定您所需的政府信息。根据${LAW}第二十九条第二款、第三十条的规定，本机关无法提供。`,
  ),
  'petition-or-complaint': reply(
    `您以政府信息公开申请的形式提出的是信访、投诉、举报等事项。根据${LAW}第三十九条第一款的规定，本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报的相应渠道提出。`,
  ),
  duplicate: reply(
    `本机关已就您申请公开的相同政府信息作出答复（{previousReply}）。根据${LAW}第三十六条第（六）项的规定，本机关不予重复处理。`,
  ),
  publication: reply(
    `您申请获取的是政府公报、报刊、书籍等公开出版物，您可以通过以下途径获取：{publishedAt}。根据${LAW}第三十九条第二款的规定，特此告知。`,
  ),
  excessive: reply(
    `您申请公开政府信息的数量、频次明显超过合理范围，经要求您说明理由，本机关认为理由不合理：{reason}。根据${LAW}第三十五条的规定，本机关不予处理。`,
  ),
  'confirm-or-reissue': reply(
    `您的申请是要求本机关确认或者重新出具您已获取的信息，不属于政府信息公开申请。根据${LAW}第三十九条第一款的规定，本机关不作为政府信息公开申请处理。`,
  ),
  other: reply(`{ground}。根据${LAW}{article}的规定，特此告知。`),
  'correction-lapsed': reply(
    `本机关已于{correctionRequestedOn}告知您补正申请内容，补正期限至{correctBy}。您无正当理由逾期未补正，根据${LAW}第三十条的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  ),
  'fee-lapsed': reply(
    `本机关已于{feeNotifiedOn}向您发出信息处理费收费通知，缴费期限至{payBy}。您逾期未缴纳，根据${LAW}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关不再处理该政府信息公开申请。`,
  ),
  'correction-notice': {
    title: '政府信息公开申请补正告知书',
    addressee: 'applicant',
    paragraphs: [
      '本机关于{receivedOn}收到您提出的政府信息公开申请（申请编号：{trackingNumber}），您申请获取：“{description}”。',
      `经审查，您的申请内容不明确。根据${LAW}第三十条的规定，请您对以下事项一并作出补正：{correctionItems}。`,
      '请于{correctBy}前补正。答复期限自本机关收到补正后的申请之日起计算；您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
    ],
    remedies: false,
  },
  'extension-notice': {
    title: '政府信息公开申请延期答复告知书',
    addressee: 'applicant',
    paragraphs: [
      '本机关于{receivedOn}收到您提出的政府信息公开申请（申请编号：{trackingNumber}），您申请获取：“{description}”。',
      `因{reason}，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据${LAW}第三十三条第二款的规定，答复期限延长20个工作日，本机关将于{extendedDueDate}前作出答复。`,
    ],
    remedies: false,
  },
  'fee-notice': {
    title: '政府信息公开信息处理费收费通知书',
    addressee: 'applicant',
    paragraphs: [
      '本机关于{receivedOn}收到您提出的政府信息公开申请（申请编号：{trackingNumber}），您申请获取：“{description}”。',
      `{reason}，申请公开政府信息的数量、频次明显超过合理范围。根据${LAW}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，您需缴纳信息处理费{amountYuan}元（{feeBreakdown}）。`,
      '请于{payBy}前（自收到本通知之日起20个工作日内）缴纳。缴费期间不计入答复期限；逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。',
    ],
    // The fee is a decision the applicant may contest (109号; 条例第五十一条).
    remedies: true,
  },
  'third-party-consultation': {
    title: '政府信息公开征求第三方意见函',
    addressee: 'third-party',
    paragraphs: [
      '本机关于{receivedOn}收到一件政府信息公开申请（申请编号：{trackingNumber}），申请公开的政府信息可能涉及贵方的商业秘密、个人隐私等合法权益：{affectedInterest}。',
      `根据${LAW}第三十二条的规定，现书面征求贵方意见，请于{replyBy}前（自收到本函之日起15个工作日内）提出是否同意公开的意见及理由。逾期未提出意见的，由本机关依照条例的规定决定。`,
      '第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。',
    ],
    remedies: false,
  },
};

/** Every {field} a template's paragraphs name, in order of first use. */
export function placeholdersOf(template: LetterTemplate): LetterField[] {
  const seen = new Set<LetterField>();
  for (const paragraph of template.paragraphs) {
    for (const match of paragraph.matchAll(/\{(\w+)\}/g)) seen.add(match[1] as LetterField);
  }
  return [...seen];
}
