-- Naples II cooperation: each member state's competences per special form (art. 20-24), and the requests
-- for a special form made during operations.
create table naples_competences (
    country        text    not null,
    article        integer not null check (article between 20 and 24),
    authorities    text    not null,
    decided_by     text,
    declaration    text,
    contact_point  text    not null,
    legal_basis    text    not null,
    last_confirmed date    not null,
    confirmed_by   text    not null,
    demonstration  boolean not null default false,
    primary key (country, article)
);

create table naples_requests (
    id                uuid primary key,
    operation_id      uuid    not null,
    seizure_report_id uuid,
    in_jco            boolean not null,
    article           integer not null check (article between 20 and 24),
    requesting        text    not null,
    requested         text    not null,
    involved          text    not null default '',
    status            text    not null,
    answer            text,
    drafted_on        date    not null,
    sent_on           date,
    answered_on       date,
    executed_on       date,
    closed_on         date,
    outcome           text,
    notes             text,
    filed_by          text    not null,
    version           bigint  not null default 0,
    check (requesting <> requested)
);

create index naples_requests_operation on naples_requests (operation_id);
create index naples_requests_report on naples_requests (seizure_report_id);
