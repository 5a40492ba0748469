import { z } from 'zod';
import { APPLICANT_TYPES, CHANNELS, REQUEST_STATUSES } from '../core/request/index.ts';
import { accessForms, deliveryForms, idTypes } from '../application/requests-input.ts';
import { channels, itemKinds, validities } from '../application/items/vocabulary.ts';

/**
 * Field types the API's schemas share: days as `YYYY-MM-DD` (the database's `date::text`), codes as
 * their vocabularies, and what may be absent as `null` (never left out). Responses are documented
 * with these, not re-validated; the API tests parse real responses with the routes' schemas.
 */

/** A calendar day (成文日期, 收到申请之日 …), as stored: `YYYY-MM-DD`. */
export const isoDate = z.iso.date().meta({ description: 'YYYY-MM-DD' });
/** A day not (yet) fixed: no due date, not closed, not published. */
export const isoDateOrNull = isoDate.nullable();
/** Text that may be absent (文号, 送达回执, a reason not given). */
export const textOrNull = z.string().nullable();

/**
 * A code of a closed vocabulary, documented as its enum. Handlers may return it as `string`: stored
 * rows carry codes as text, checked where they are written (requests-input, the items route).
 */
const codeOf = (codes: readonly string[]): z.ZodType<string> => z.enum(codes);

/** 依申请公开 (core/request, requests-input): where a request is, how it came, who asked. */
export const requestStatus = codeOf(REQUEST_STATUSES);
export const requestChannel = codeOf(CHANNELS);
export const applicantType = codeOf(APPLICANT_TYPES);
export const idType = codeOf(idTypes);
export const deliveryForm = codeOf(deliveryForms);
export const accessFormOrNull = codeOf(accessForms).nullable();

/** 主动公开 (application/items/vocabulary): an item's kind, validity and publication channels. */
export const itemKind = codeOf(itemKinds);
export const validityOrNull = codeOf(validities).nullable();
export const itemChannels = z.array(codeOf(channels));
