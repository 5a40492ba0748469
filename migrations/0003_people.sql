-- Staff accounts. A person belongs to one body and may hold several roles there.
create table people (
  id uuid primary key default gen_random_uuid(),
  body_id text not null references bodies (id),
  username text not null unique,
  display_name text not null,
  -- scrypt$N$r$p$salt$hash (base64); never the password.
  password_hash text not null,
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);
create index people_body_idx on people (body_id);

create table person_roles (
  person_id uuid not null references people (id),
  body_id text not null references bodies (id),
  role text not null check (role in ('officer', 'reviewer', 'head', 'supervisor', 'admin')),
  primary key (person_id, body_id, role)
);
create index person_roles_body_idx on person_roles (body_id);

-- Only the SHA-256 of the session token is stored: a stolen table opens no session.
create table sessions (
  token_hash text primary key,
  person_id uuid not null references people (id),
  body_id text not null references bodies (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_person_idx on sessions (person_id);

-- Every sign-in attempt, for the lock-out (5 failures in 15 minutes) and for the 等保 audit.
create table sign_in_attempts (
  id bigserial primary key,
  username text not null,
  person_id uuid references people (id),
  body_id text references bodies (id),
  succeeded boolean not null,
  remote_address text,
  attempted_at timestamptz not null default now()
);
create index sign_in_attempts_username_idx on sign_in_attempts (username, attempted_at);
