-- The other modules' figures of each operation, kept in step from their events (an invitation sent or answered, a
-- conflict found or resolved, a funding application recorded, a Naples II request filed, a case outcome recorded).
-- Each event makes the operation's figures be read again as they stand and replace its rows, so an event delivered
-- twice counts once and a changed answer or decision replaces what it counted.

-- One row per invitation: whom, and the answer.
create table analytics_invitations (
    operation_id uuid not null,
    organisation text not null,
    state text not null,
    decline_reason text,
    primary key (operation_id, organisation)
);

-- One row per pair of operations in conflict (the smaller id first), with how it was resolved if it was.
create table analytics_conflicts (
    operation_a uuid not null,
    operation_b uuid not null,
    resolution text,
    primary key (operation_a, operation_b)
);
create index analytics_conflicts_by_b on analytics_conflicts (operation_b);

-- One row per submitted funding application.
create table analytics_funding (
    application_id uuid primary key,
    operation_id uuid not null,
    programme text not null,
    requested numeric not null,
    decided boolean not null,
    granted numeric,
    days_to_decision integer
);
create index analytics_funding_by_operation on analytics_funding (operation_id);

-- Naples II requests per operation and article.
create table analytics_naples (
    operation_id uuid not null,
    article integer not null,
    requests bigint not null,
    primary key (operation_id, article)
);

-- What the investigation cases started from an operation achieved.
create table analytics_cases (
    operation_id uuid primary key,
    cases integer not null,
    closed integer not null,
    charged integer not null,
    convictions integer not null,
    acquittals integer not null,
    penalties_eur numeric not null,
    recovered_eur numeric not null,
    assets_seized_eur numeric not null
);

-- Which operations' figures have been read at least once: the start catches up the others.
create table analytics_figures_read (
    operation_id uuid primary key,
    read_at timestamp with time zone not null
);
