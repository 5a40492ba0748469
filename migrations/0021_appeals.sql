-- 表四: 行政复议 and 行政诉讼 (未经复议直接起诉 / 复议后起诉) about a body's disclosure decisions,
-- counted in the report of `year` with their outcome; and 举报投诉 (national-2014 item 六).
create table appeals (
  id text primary key,
  body_id text not null references bodies (id),
  request_id text references requests (id),
  kind text not null check (kind in ('行政复议', '行政诉讼.未经复议直接起诉', '行政诉讼.复议后起诉')),
  year integer not null check (year between 2000 and 2999),
  filed_on date not null,
  case_number text,
  outcome text not null check (outcome in ('结果维持', '结果纠正', '其他结果', '尚未审结')),
  concluded_on date,
  note text,
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  check ((outcome = '尚未审结') = (concluded_on is null))
);
create index appeals_body_year_idx on appeals (body_id, year);

create table complaints (
  id text primary key,
  body_id text not null references bodies (id),
  year integer not null check (year between 2000 and 2999),
  received_on date not null,
  summary text not null,
  resolution text,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
create index complaints_body_year_idx on complaints (body_id, year);
