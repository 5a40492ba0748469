import { TRANSITIONS } from '../core/request/index.ts';
import type { ApplicantRecord } from '../storage/requests-applicants.ts';
import { maskAddress, maskIdNumber, maskName, maskPhone } from './export/personal-data.ts';
import { can } from './auth/roles.ts';
import type { Actor } from './auth/roles.ts';

/**
 * Minimum necessary (个人信息保护法第六条): only staff who handle the request — contact the
 * applicant, send letters, deliver — see the applicant's identity and contact details in full;
 * the 保密审查员 and the head, who read the request to review or approve, see them masked.
 */
export function mayReadPersonalData(actor: Actor, bodyId: string): boolean {
  // request.handle is granted on the body's own roles only (roles.ts), so no ancestors are needed.
  return can(actor, 'request.handle', bodyId, []);
}

const maskOptional = (value: string | null, mask: (v: string) => string) => (value ? mask(value) : value);

export function maskedApplicant(applicant: ApplicantRecord): ApplicantRecord {
  return {
    ...applicant,
    name: maskName(applicant.name),
    idNumber: maskIdNumber(applicant.idNumber),
    phone: maskOptional(applicant.phone, maskPhone),
    email: maskOptional(applicant.email, (e) => e.replace(/^[^@]*/, (local) => `${local.slice(0, 1)}***`)),
    address: maskOptional(applicant.address, maskAddress),
    postalCode: applicant.postalCode,
  };
}

/**
 * The staff view as this actor may see it: the applicant masked unless the role handles requests,
 * and the lifecycle steps the transition table allows next (the console offers only those).
 */
export function staffViewForActor<
  V extends { applicant: ApplicantRecord | null; request: { status: string } },
>(view: V, actor: Actor, bodyId: string): V & { personalDataMasked: boolean; nextSteps: string[] } {
  const masked = view.applicant !== null && !mayReadPersonalData(actor, bodyId);
  return {
    ...view,
    applicant: masked && view.applicant ? maskedApplicant(view.applicant) : view.applicant,
    personalDataMasked: masked,
    nextSteps: TRANSITIONS.filter((t) => t.from === view.request.status).map((t) => t.event),
  };
}
