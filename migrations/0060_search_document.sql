-- Search at 1,000,000 items (bench/search.ts): every filter and the newest-first order live in
-- item_search itself, so a query finds its page of item ids from one table and one index before it
-- touches items. A term found in most items is read newest-first from (published_on) and stops after
-- the page; a rare one comes from the GIN index on tokens.
-- The table is rebuilt rather than updated in place: an UPDATE of every row rewrites each one into
-- the GIN index again (measured: well over 15 minutes at 1M items), a copy and a fresh build do not.
set local maintenance_work_mem = '256MB';

create table item_search_rebuilt as
select s.item_id, s.body_id, s.tokens, s.folded_title, s.folded_text, i.catalogue_node_id, i.kind,
       i.validity, i.published_on, s.indexed_at
  from item_search s join items i on i.id = s.item_id;

drop table item_search;
alter table item_search_rebuilt rename to item_search;
alter table item_search
  add primary key (item_id),
  add foreign key (item_id) references items (id) on delete cascade,
  add foreign key (body_id) references bodies (id),
  alter column body_id set not null,
  alter column tokens set not null,
  alter column folded_title set not null,
  alter column folded_text set not null,
  alter column indexed_at set not null,
  alter column indexed_at set default now();

create index item_search_tokens_idx on item_search using gin (tokens);
create index item_search_title_trgm_idx on item_search using gin (folded_title gin_trgm_ops);
create index item_search_newest_idx on item_search (published_on desc nulls last, item_id);
create index item_search_body_newest_idx on item_search (body_id, published_on desc nulls last, item_id);
-- Statistics now: the planner chooses between the GIN and the newest-first index by them.
analyze item_search;

-- A change made while the indexer holds the queue row waits for it and queues the item again
-- (do nothing would let the indexer delete the row and lose the change).
create or replace function queue_item_for_search() returns trigger language plpgsql as $$
begin
  insert into item_search_queue (item_id) values (new.id)
    on conflict (item_id) do update set queued_at = now();
  return new;
end;
$$;

drop trigger items_search_queue on items;
create trigger items_search_queue
  after insert or update of title, body_html, status, kind, validity, published_on, catalogue_node_id on items
  for each row execute function queue_item_for_search();
