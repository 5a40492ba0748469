-- Full-text search over published items: CJK bigram tokens made by the app (src/core/search),
-- traditional folded to simplified, in a GIN-indexed tsvector; folded text with a trigram index for
-- longer phrases. A trigger queues every changed item so the index catches up whoever wrote it.
create table item_search (
  item_id uuid primary key references items (id) on delete cascade,
  body_id text not null references bodies (id),
  tokens tsvector not null,
  folded_title text not null,
  folded_text text not null,
  indexed_at timestamptz not null default now()
);
create index item_search_tokens_idx on item_search using gin (tokens);
create index item_search_title_trgm_idx on item_search using gin (folded_title gin_trgm_ops);
create index item_search_body_idx on item_search (body_id);

create table item_search_queue (
  item_id uuid primary key,
  queued_at timestamptz not null default now()
);

create function queue_item_for_search() returns trigger language plpgsql as $$
begin
  insert into item_search_queue (item_id) values (new.id) on conflict (item_id) do nothing;
  return new;
end;
$$;

create trigger items_search_queue after insert or update of title, body_html, status on items
  for each row execute function queue_item_for_search();

insert into item_search_queue (item_id) select id from items on conflict do nothing;
