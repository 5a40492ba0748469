import type { Rule } from './types.ts';
import { t3Balance, t3Carry, t3Results, t3RowSum } from './rules/table3.ts';
import { t4LitigationAfterReview, t4Sum } from './rules/table4.ts';
import { t2Fees, t2Published, t2Stock } from './rules/table2.ts';
import { lBlank, pInvalidCell, sTotalsBlank, t3NonNeg } from './rules/blanks.ts';
import {
  lChannelsLegacy,
  lChannelsNational,
  lClosed,
  lClosedBound,
  lCumulative,
  lLitigation,
  lPublishChannels,
  lRefusalDetail,
  lReplies,
  lReview,
  lStaff,
} from './rules/statistics.ts';
import { nLostFigure, nMissingNumber, nPercent, nRate, nSum, nTable } from './rules/narrative.ts';
import { hSum } from './rules/hierarchy.ts';
import { dDeadline, dPeriod, dYear } from './rules/dates.ts';
import { sFormat, sSections } from './rules/structure.ts';
import { cConsistentFormat, cEmail, cPhone, cPostcode, cUrl } from './rules/contacts.ts';
import { pTruncated, pUnreadable } from './rules/parse.ts';

/**
 * Every rule of shared/domain/checks.md, in the order findings are listed. Codes are contracts:
 * a code may have several rows (L-CHANNELS for the national form and for local templates).
 */
export const rules: readonly Rule[] = [
  pUnreadable,
  pTruncated,
  pInvalidCell,
  t3Balance,
  t3Results,
  t3RowSum,
  t3Carry,
  t3NonNeg,
  t4Sum,
  t4LitigationAfterReview,
  t2Stock,
  t2Published,
  t2Fees,
  lChannelsNational,
  lChannelsLegacy,
  lClosed,
  lClosedBound,
  lReplies,
  lRefusalDetail,
  lReview,
  lLitigation,
  lStaff,
  lPublishChannels,
  lCumulative,
  lBlank,
  nTable,
  nSum,
  nPercent,
  nRate,
  nMissingNumber,
  nLostFigure,
  hSum,
  dYear,
  dDeadline,
  dPeriod,
  sSections,
  sFormat,
  sTotalsBlank,
  cUrl,
  cPhone,
  cPostcode,
  cEmail,
  cConsistentFormat,
];

/** Every code the checker can emit (rule rows plus the parse codes P-UNREADABLE may pass on). */
export const ruleCodes: readonly string[] = [
  ...new Set([...rules.map((r) => r.code), 'P-EMPTY', 'P-BINARY', 'P-NO-TEXT-LAYER']),
];
