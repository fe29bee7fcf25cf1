-- Receipts: the proof of each decision. Partitioned by the month of the decision;
-- partitions are made by the service (db/partitions.ts), old ones dropped whole.
create table receipts (
  consent_id text not null,
  decided_at timestamptz not null,
  statistics boolean not null,
  marketing boolean not null,
  policy_version text not null,
  policy_url text not null,
  language text not null,
  page_host text not null,
  page_path text not null,
  user_agent text not null,
  received_at timestamptz not null default now(),
  primary key (consent_id, decided_at)
) partition by range (decided_at);

-- Per day (of the decision, UTC) and host. Each pair has several slots so that
-- concurrent inserts do not queue on one row lock; reports add the slots up.
create table daily_rollup (
  day date not null,
  host text not null,
  slot smallint not null,
  decisions integer not null,
  statistics integer not null,
  marketing integer not null,
  necessary_only integer not null,
  primary key (day, host, slot)
);

-- Every published version of a site's consent.json; the newest is served.
create table site_configs (
  site text not null,
  version integer not null,
  body text not null,
  author text not null,
  comment text not null default '',
  created_at timestamptz not null default now(),
  primary key (site, version)
);

create table accounts (
  login text primary key,
  password_hash text not null,
  role text not null check (role in ('marketing', 'dpo', 'admin')),
  created_at timestamptz not null default now()
);

-- Only hashes of session cookies and API tokens are stored.
create table sessions (
  token_hash text primary key,
  login text not null references accounts (login) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_expires_at on sessions (expires_at);

create table api_tokens (
  token_hash text primary key,
  login text not null references accounts (login) on delete cascade,
  name text not null,
  created_at timestamptz not null default now()
);
