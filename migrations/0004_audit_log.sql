-- Audit log of every change: who, when, what, before/after. Append-only: the triggers below refuse
-- update, delete and truncate, on PostgreSQL and PGlite alike.
create table audit_log (
  id bigserial primary key,
  body_id text not null,
  actor_id uuid,
  actor_name text not null,
  action text not null,
  entity text not null,
  entity_id text not null,
  before jsonb,
  after jsonb,
  at timestamptz not null default now()
);
create index audit_log_body_idx on audit_log (body_id, at);
create index audit_log_entity_idx on audit_log (entity, entity_id);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only' using errcode = '42501';
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change();
