-- 政府信息公开目录 (Art. 12): a tree per body; each node says how fast (时限) and who (责任人).
create table catalogue_nodes (
  id uuid primary key default gen_random_uuid(),
  body_id text not null references bodies (id),
  parent_id uuid references catalogue_nodes (id),
  -- category code used in the 索引号 (e.g. 0111)
  code text not null,
  name text not null,
  time_limit text,
  responsible text,
  position integer not null default 0,
  unique (body_id, code)
);
create index catalogue_nodes_parent_idx on catalogue_nodes (body_id, parent_id, position);
