import type { SqlRunner } from '../storage/database.ts';
import type { ComplaintRecord } from '../storage/appeals.ts';
import { selectList } from '../storage/sql.ts';
import { can } from './auth/roles.ts';
import { bodyCall } from './body-commands.ts';
import { maskPersonalText } from './export/personal-data.ts';

export interface ComplaintsOfYear {
  year: number;
  /** True when ID and mobile numbers in the text are masked for this reader. */
  personalDataMasked: boolean;
  complaints: ComplaintRecord[];
}

const complaintColumns = selectList(['id', 'year', 'receivedOn', 'summary', 'resolution', 'recordedBy'], {
  receivedOn: 'text',
});

/**
 * The 举报投诉 of a report year, for whoever may read the body's reports (its own staff and the
 * supervisors above). A complaint's text can carry the complainant's ID or phone number: as with
 * applicants (requests-masking.ts, 个人信息保护法第六条), only the staff who record and handle
 * complaints (appeal.record, granted on the body's own roles) read it in full; the 保密审查员, the
 * head and the supervisors see those numbers masked.
 */
export const complaintsOfYear = bodyCall(
  'report.read',
  async (db: SqlRunner, reader, bodyId, year: number): Promise<ComplaintsOfYear> => {
    const rows = await db.query<ComplaintRecord>(
      `select ${complaintColumns} from complaints where body_id = $1 and year = $2
     order by received_on, recorded_at, id`,
      [bodyId, year],
    );
    // appeal.record has no subtree grant (roles.ts), so the body's ancestors are not needed.
    const masked = !can(reader, 'appeal.record', bodyId, []);
    const complaints = masked
      ? rows.map((c) => ({
          ...c,
          summary: maskPersonalText(c.summary),
          resolution: c.resolution === null ? null : maskPersonalText(c.resolution),
        }))
      : rows;
    return { year, personalDataMasked: masked, complaints };
  },
);
