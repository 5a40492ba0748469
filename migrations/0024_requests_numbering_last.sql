-- A submission takes its tracking number as the last step of its transaction, so the (body, year)
-- counter row stays locked only for the projection insert and the commit. The applicant and the
-- first event are written before the request row exists, so their references are checked at commit.
alter table request_events alter constraint request_events_request_id_fkey deferrable initially deferred;
alter table request_applicants alter constraint request_applicants_request_id_fkey deferrable initially deferred;
