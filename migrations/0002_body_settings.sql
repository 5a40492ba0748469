-- Per-body settings (issue 7): how the body numbers and files its items, charges fees, and when
-- its annual report is due (Art. 49: departments 01-31, governments 03-31; townships configurable).
alter table bodies add column catalogue_pattern text not null default 'standard-2019';
alter table bodies add column index_number_pattern text not null default '{code}-/{year}-{category}{serial:4}';
alter table bodies add column fee_method text not null default 'per-applicant'
  check (fee_method in ('per-applicant', 'per-volume'));
-- A promise shorter than the statutory 20 working days (Art. 33), if the body made one.
alter table bodies add column promised_working_days integer
  check (promised_working_days is null or promised_working_days between 1 and 20);
-- MM-DD in the year after the reported one.
alter table bodies add column report_due text not null default '03-31'
  check (report_due ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$');
alter table bodies add column updated_at timestamptz not null default now();
