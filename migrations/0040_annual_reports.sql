-- Annual reports (政府信息公开工作年度报告, 2019 条例 Art. 48–50).
-- Figures a body enters because no record holds them: 表二 decisions (许可/处罚/强制), 收费 amounts,
-- gov-2019 项目数量 and 采购, a 规范性文件 repeal count … keyed by the format's canonical cell key.
create table report_figures (
  body_id text not null references bodies (id),
  year integer not null check (year between 2000 and 2999),
  key text not null,
  value numeric(18, 4) not null,
  note text,
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (body_id, year, key)
);

-- The working draft per body and year: the edited prose (null = the generated draft is used).
create table annual_reports (
  body_id text not null references bodies (id),
  year integer not null check (year between 2000 and 2999),
  prose jsonb,
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (body_id, year)
);

-- Published versions, frozen forever: a correction is a new version with its reason (never an edit).
create table report_versions (
  body_id text not null references bodies (id),
  year integer not null check (year between 2000 and 2999),
  version integer not null check (version > 0),
  format text not null,
  agency text not null,
  -- the ReportDocument exactly as published (fields, prose, chart data)
  document jsonb not null,
  findings jsonb not null default '[]',
  -- publishing over checker errors needs a written reason (audited)
  override_reason text,
  correction_reason text,
  published_on date not null,
  published_at timestamptz not null default now(),
  published_by text not null,
  primary key (body_id, year, version),
  check ((version = 1) = (correction_reason is null))
);
create index report_versions_year_idx on report_versions (year, body_id);

create function report_versions_frozen() returns trigger as $$
begin
  raise exception 'report_versions are frozen once published (% refused)', tg_op using errcode = 'P0001';
end;
$$ language plpgsql;
create trigger report_versions_no_update before update or delete on report_versions
  for each row execute function report_versions_frozen();
create trigger report_versions_no_truncate before truncate on report_versions
  for each statement execute function report_versions_frozen();
