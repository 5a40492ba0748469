import type { SqlRunner } from './database.ts';
import { bodyRow, insertRow, pick, selectList } from './sql.ts';

/** 个人信息 of an applicant (Art. 29): selected only for the handling body's own roles. */
export interface ApplicantRecord {
  name: string;
  organisation: string | null;
  idType: string;
  idNumber: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  postalCode: string | null;
}

const applicantFields = [
  'name',
  'organisation',
  'idType',
  'idNumber',
  'phone',
  'email',
  'address',
  'postalCode',
] as const;

export async function insertApplicant(
  tx: SqlRunner,
  bodyId: string,
  requestId: string,
  applicant: ApplicantRecord,
): Promise<void> {
  await insertRow(tx, 'request_applicants', { requestId, bodyId, ...pick(applicant, applicantFields) });
}

export const loadApplicant = bodyRow<ApplicantRecord>(
  'request_applicants',
  selectList(applicantFields),
  'request_id',
);
