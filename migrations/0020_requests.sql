-- Requests (依申请公开): an append-only event log and a projection of each request's current state.
-- Numbering per body and year (GK-2025-000123): one counter row per (body, year), bumped with
-- `insert … on conflict do update … returning` inside the submit transaction, so a rolled-back
-- submission gives its number back and numbers stay gap-free under concurrency.
create table tracking_counters (
  body_id text not null references bodies (id),
  year integer not null check (year between 2000 and 2999),
  last_serial integer not null check (last_serial > 0),
  primary key (body_id, year)
);

-- The projection: where the request is now (status) and how it ended (outcome, one 表三 row).
-- Rebuilt from request_events at any time; written in the same transaction as each event.
create table requests (
  id text primary key,
  body_id text not null references bodies (id),
  tracking_number text not null,
  tracking_year integer not null,
  tracking_serial integer not null,
  -- sha256 of the applicant's random tracking code; the code itself is never stored
  tracking_code_hash text not null,
  status text not null,
  outcome text,
  -- 表三 column: 自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他
  applicant_type text not null,
  channel text not null,
  description text not null,
  delivery_form text not null,
  access_form text,
  receipt_date date not null,
  due_date date,
  -- the day it left the workflow (decided, withdrawn, lapsed): 表三 counts it in that year
  closed_on date,
  delivered_on date,
  last_seq integer not null,
  -- the domain core's state after the last event, so the next command needs no full replay
  state jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (body_id, tracking_year, tracking_serial),
  unique (body_id, tracking_number)
);
create index requests_body_status_idx on requests (body_id, status);
create index requests_tracking_number_idx on requests (tracking_number);
create index requests_body_receipt_idx on requests (body_id, receipt_date);

-- 个人信息 (个人信息保护法): kept apart so only the handling body's roles ever select it.
create table request_applicants (
  request_id text primary key references requests (id),
  body_id text not null references bodies (id),
  name text not null,
  -- for 法人或其他组织: the organisation; name is then the contact person
  organisation text,
  id_type text not null,
  id_number text not null,
  phone text,
  email text,
  address text,
  postal_code text
);
create index request_applicants_body_idx on request_applicants (body_id);

create table request_events (
  body_id text not null references bodies (id),
  request_id text not null references requests (id),
  seq integer not null check (seq > 0),
  type text not null,
  payload jsonb not null default '{}',
  occurred_on date not null,
  recorded_at timestamptz not null default now(),
  actor text not null,
  primary key (request_id, seq)
);
create index request_events_body_occurred_idx on request_events (body_id, occurred_on);

-- The log is the record: history is never rewritten, on either engine.
create function request_events_append_only() returns trigger as $$
begin
  raise exception 'request_events is append-only (% refused)', tg_op using errcode = 'P0001';
end;
$$ language plpgsql;
create trigger request_events_no_update before update or delete on request_events
  for each row execute function request_events_append_only();
create trigger request_events_no_truncate before truncate on request_events
  for each statement execute function request_events_append_only();

-- 送达 records: how, when, and the proof of receipt (回执).
create table deliveries (
  id text primary key,
  body_id text not null references bodies (id),
  request_id text not null references requests (id),
  method text not null,
  delivered_on date not null,
  receipt text,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
create index deliveries_request_idx on deliveries (body_id, request_id);

create table request_attachments (
  id text primary key,
  body_id text not null references bodies (id),
  request_id text not null references requests (id),
  file_name text not null,
  media_type text not null,
  size_bytes integer not null check (size_bytes >= 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  uploaded_at timestamptz not null default now(),
  uploaded_by text not null
);
create index request_attachments_request_idx on request_attachments (body_id, request_id);
