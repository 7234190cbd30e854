-- Every change takes a new change_seq, so that each instance's in-memory deconfliction index can catch up
-- with changes made by other instances.
create sequence operation_change_seq;

create table operations (
    id uuid primary key,
    name text not null check (length(name) between 1 and 200),
    type text not null,
    organiser varchar(40) not null references organisations (code),
    lead_country varchar(2) references countries (code),
    participants text[] not null default '{}',
    partner_organisations text[] not null default '{}',
    competence text not null,
    domain text not null,
    contact_point text,
    external_id text,
    risk_areas text[] not null default '{}',
    transport_modes text[] not null default '{}',
    locations text[] not null default '{}',
    phases datemultirange not null,
    objectives text,
    status text not null,
    handling_code text not null default 'PARTICIPANTS',
    first_known date not null,
    version bigint not null default 0,
    change_seq bigint not null default nextval('operation_change_seq'),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    created_by text not null
);
create unique index operations_external_id on operations (organiser, external_id) where external_id is not null;
create index operations_change_seq on operations (change_seq);
create index operations_phases on operations using gist (phases);
create index operations_organiser on operations (organiser);

-- Conflicts between two operations (operation_a < operation_b), kept with the owners' resolution.
create table conflicts (
    operation_a uuid not null references operations (id),
    operation_b uuid not null references operations (id),
    score numeric(5, 1) not null,
    reasons jsonb not null,
    detected_at timestamptz not null default now(),
    rechecked_at timestamptz not null default now(),
    resolution text check (resolution in ('DATES_MOVED', 'MERGED', 'RUN_JOINTLY', 'ACCEPTED_AS_IS')),
    resolution_note text,
    resolved_by text,
    resolved_at timestamptz,
    primary key (operation_a, operation_b),
    check (operation_a < operation_b)
);
create index conflicts_b on conflicts (operation_b);
