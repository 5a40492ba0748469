import { api } from '../../api.ts';
import type { RequestView } from '../../api.ts';
import type { ApplicantRecord } from '../../../../../storage/requests-applicants.ts';

/** The staff view as the server presents it to the signed-in role (routes/requests.ts). */
export interface StaffRequestView extends Omit<RequestView, 'applicant'> {
  request: RequestView['request'] & { deliveryForm: string; channel: string; deliveredOn: string | null };
  applicant: ApplicantRecord | null;
  personalDataMasked: boolean;
  /** Lifecycle events the transition table allows now. */
  nextSteps: string[];
  deliveries: Array<{
    id: string;
    method: string;
    deliveredOn: string;
    receipt: string | null;
    recordedBy: string;
  }>;
}

export interface LetterSummary {
  slug: string;
  kind: string;
  title: string;
  on: string;
  needs: Array<{ field: string; label: string }>;
}

const requestPath = (bodyId: string, id: string) => `/bodies/${bodyId}/requests/${id}`;

export const getStaffRequest = (bodyId: string, id: string) =>
  api<StaffRequestView>('GET', requestPath(bodyId, id));
export const takeRequestStep = (bodyId: string, id: string, command: Record<string, unknown>) =>
  api<StaffRequestView>('POST', `${requestPath(bodyId, id)}/events`, command);
export const listLetters = (bodyId: string, id: string) =>
  api<LetterSummary[]>('GET', `${requestPath(bodyId, id)}/letters`);

/** A plain link (the session cookie goes with it): the browser downloads or prints the letter. */
export function letterHref(
  bodyId: string,
  id: string,
  slug: string,
  format: 'docx' | 'html',
  extras: Record<string, string>,
): string {
  const query = new URLSearchParams(Object.entries(extras).filter(([, v]) => v.trim() !== '')).toString();
  return `/api/v1${requestPath(bodyId, id)}/letters/${slug}.${format}${query ? `?${query}` : ''}`;
}
