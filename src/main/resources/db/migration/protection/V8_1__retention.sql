-- Retention periods an organisation set; without a row a category is kept for the default period.
create table retention_rules (
    organisation varchar(40) not null references organisations (code),
    category text not null check (category in ('PERSON', 'COMPANY')),
    years int not null check (years between 1 and 30),
    updated_by varchar(64) not null,
    updated_at timestamptz not null default now(),
    primary key (organisation, category)
);

-- Each application of the rules, to show when it last ran and what it did.
create table retention_runs (
    id bigserial primary key,
    ran_at timestamptz not null,
    day date not null,
    anonymised int not null,
    by_category jsonb not null
);
