import type { SqlRunner } from './database.ts';

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

export async function insertApplicant(
  tx: SqlRunner,
  bodyId: string,
  requestId: string,
  applicant: ApplicantRecord,
): Promise<void> {
  await tx.query(
    `insert into request_applicants (request_id, body_id, name, organisation, id_type, id_number, phone, email,
       address, postal_code) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      requestId,
      bodyId,
      applicant.name,
      applicant.organisation,
      applicant.idType,
      applicant.idNumber,
      applicant.phone,
      applicant.email,
      applicant.address,
      applicant.postalCode,
    ],
  );
}

export async function loadApplicant(
  db: SqlRunner,
  bodyId: string,
  requestId: string,
): Promise<ApplicantRecord | undefined> {
  const [row] = await db.query<ApplicantRecord>(
    `select name, organisation, id_type as "idType", id_number as "idNumber", phone, email, address,
       postal_code as "postalCode"
     from request_applicants where body_id = $1 and request_id = $2`,
    [bodyId, requestId],
  );
  return row;
}
