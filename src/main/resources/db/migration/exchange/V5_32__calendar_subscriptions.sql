-- Published calendars of other bodies that JCO Hub follows: pulled on a schedule, their events kept as the
-- organiser's operations. Credentials are stored encrypted (AES-GCM); the key is never in the database.
create table exchange_subscriptions (
    id uuid primary key,
    name text not null,
    url text not null,
    organiser varchar(40) not null,
    pull_minutes integer not null check (pull_minutes between 5 and 10080),
    credential_kind varchar(10) not null check (credential_kind in ('NONE', 'BEARER', 'BASIC')),
    credential_encrypted text,
    owner_username varchar(100) not null,
    etag text,
    last_modified text,
    last_pull_at timestamptz,
    failing boolean not null default false,
    last_error text,
    created_at timestamptz not null default now()
);

-- Each pull in words: when, what changed, or why it failed.
create table exchange_subscription_pulls (
    id bigserial primary key,
    subscription_id uuid not null references exchange_subscriptions (id) on delete cascade,
    pulled_at timestamptz not null,
    outcome varchar(20) not null,
    summary text not null
);
create index exchange_subscription_pulls_subscription on exchange_subscription_pulls (subscription_id, pulled_at desc);

-- The events (UIDs) the last good pull held: one missing next time was removed, and is cancelled.
create table exchange_subscription_events (
    subscription_id uuid not null references exchange_subscriptions (id) on delete cascade,
    external_id text not null,
    primary key (subscription_id, external_id)
);
