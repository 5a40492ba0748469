-- A reviewer or head may send a draft back (退回修改) with a comment; that step joins the trail.
alter table item_reviews drop constraint item_reviews_step_check;
alter table item_reviews add constraint item_reviews_step_check
  check (step in ('drafted', 'returned', 'reviewed', 'approved', 'published', 'withdrawn'));
-- Whoever reads a body's items by catalogue node.
create index items_catalogue_idx on items (body_id, catalogue_node_id);
