-- Search at 1,000,000 items (bench/search.ts): every filter and the newest-first order live in
-- item_search itself, so a query finds its page of item ids from one table and one index before it
-- touches items. A term found in most items is read newest-first from (published_on) and stops after
-- the page; a rare one comes from the GIN index on tokens.
alter table item_search
  add column catalogue_node_id uuid,
  add column kind text,
  add column validity text,
  add column published_on date;

update item_search s
   set catalogue_node_id = i.catalogue_node_id, kind = i.kind, validity = i.validity, published_on = i.published_on
  from items i
 where i.id = s.item_id;

drop index item_search_body_idx;
create index item_search_newest_idx on item_search (published_on desc nulls last, item_id);
create index item_search_body_newest_idx on item_search (body_id, published_on desc nulls last, item_id);

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
