-- Proactively disclosed items (主动公开, Art. 19-26).
create table items (
  id uuid primary key default gen_random_uuid(),
  body_id text not null references bodies (id),
  catalogue_node_id uuid not null references catalogue_nodes (id),
  kind text not null,
  title text not null,
  -- sanitised HTML (allow-list) — never the raw input
  body_html text not null default '',
  -- assigned at publication from the body's pattern
  index_number text,
  publisher text not null,
  document_number text,
  made_on date not null,
  published_on date,
  -- Art. 26: 20 working days after made_on
  due_on date not null,
  -- 规范性文件 only: 有效 / 废止
  validity text check (validity is null or validity in ('有效', '废止')),
  channels text[] not null default '{}',
  status text not null default 'drafted'
    check (status in ('drafted', 'reviewed', 'approved', 'published', 'withdrawn')),
  view_count integer not null default 0,
  created_by uuid references people (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (body_id, index_number)
);
create index items_body_status_idx on items (body_id, status, published_on desc);
create extension if not exists pg_trgm;
create index items_title_trgm_idx on items using gin (title gin_trgm_ops);

-- One counter per body, year and category; taken with a row lock, so serials never collide.
create table index_number_serials (
  body_id text not null references bodies (id),
  year integer not null,
  category text not null,
  last_serial integer not null,
  primary key (body_id, year, category)
);

-- The review trail: drafted → 保密审查 → approved → published → withdrawn.
create table item_reviews (
  id bigserial primary key,
  body_id text not null references bodies (id),
  item_id uuid not null references items (id),
  step text not null check (step in ('drafted', 'reviewed', 'approved', 'published', 'withdrawn')),
  person_id uuid references people (id),
  person_name text not null,
  comment text not null default '',
  at timestamptz not null default now()
);
create index item_reviews_item_idx on item_reviews (item_id, id);

create table item_attachments (
  id uuid primary key default gen_random_uuid(),
  body_id text not null references bodies (id),
  item_id uuid not null references items (id),
  file_name text not null,
  media_type text not null,
  byte_size integer not null,
  sha256 text not null,
  content bytea not null,
  created_at timestamptz not null default now()
);
create index item_attachments_item_idx on item_attachments (item_id);
