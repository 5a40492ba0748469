// The supervisor's overview as it was before it was batched: one load query and one overdue query
// per body below. Kept as the reference the batched `bodiesOversight` is compared with (test, bench).
// Typed as the batched function itself: same arguments, same rows, nothing of its body shared.
import { reportReminders, type bodiesOversight } from '../../src/application/annual-report-oversight.ts';
import { overdueRequests } from '../../src/application/requests-views.ts';

export const bodiesOversightPerBody: typeof bodiesOversight = async (deps, bodyId, year) => {
  const today = deps.today();
  const reminders = await reportReminders(deps.db, bodyId, year, today);
  return Promise.all(
    reminders.map(async (reminder) => {
      const [load] = await deps.db.query<{ received: number; open: number }>(
        `select count(*) filter (where extract(year from receipt_date) = $2::int)::int as received,
           count(*) filter (where closed_on is null)::int as open
         from requests where body_id = $1`,
        [reminder.bodyId, year],
      );
      const overdue = await overdueRequests(deps, reminder.bodyId, today);
      return { ...reminder, received: load?.received ?? 0, open: load?.open ?? 0, overdue: overdue.length };
    }),
  );
};
