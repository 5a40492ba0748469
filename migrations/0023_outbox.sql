-- Notifications leave through an outbox written in the command's own transaction, so a message
-- exists if and only if the change it announces was committed. A dispatcher marks each message
-- sent in a transaction holding its row lock (skip locked), and the idempotency key lets adapters
-- drop a repeat after a crash between sending and committing.
create table outbox (
  id text primary key,
  body_id text not null references bodies (id),
  idempotency_key text not null unique,
  channel text not null check (channel in ('email', 'sms', 'log')),
  recipient text not null,
  template text not null,
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  available_at timestamptz not null default now(),
  attempts integer not null default 0,
  last_error text,
  sent_at timestamptz
);
create index outbox_pending_idx on outbox (available_at) where sent_at is null;
