-- Bodies (行政机关) in their hierarchy: province → city → county → township / department.
create table bodies (
  id text primary key,
  parent_id text references bodies (id),
  name text not null,
  short_name text,
  kind text not null check (kind in ('province', 'city', 'county', 'township', 'department')),
  -- 组织机构代码 used in 索引号
  code text,
  created_at timestamptz not null default now()
);
create index bodies_parent_idx on bodies (parent_id);
