-- A seizure report becomes one kind of field report: a control carried out, or a seizure made, reported during an
-- operational phase, validated by the operation's OCU. Reports made before phases existed stay seizures of no phase.
alter table seizure_reports
    add column type text not null default 'SEIZURE' check (type in ('CONTROL', 'SEIZURE')),
    add column phase int,
    add column occurred_at timestamptz,
    add column late boolean not null default false,
    add column transport_mode text,
    add column duties_eur numeric(18, 2),
    add column concealment text,
    add column route_from varchar(2),
    add column route_to varchar(2),
    add column identifiers text[] not null default '{}',
    add column profile_id uuid,
    add column controlled_kind text,
    add column controlled_count int not null default 0,
    add column result text check (result in ('NOTHING_FOUND', 'INFRINGEMENT')),
    add column state text not null default 'RECEIVED'
        check (state in ('RECEIVED', 'VALIDATED', 'QUERIED', 'REJECTED')),
    add column question text,
    add column answer text,
    add column reject_reason text,
    add column decided_by varchar(64),
    add column decided_at timestamptz,
    add column idempotency_key varchar(200);
alter table seizure_reports alter column goods_category drop not null;
alter table seizure_reports alter column description drop not null;

-- A retried submission finds the report its first attempt made: the database, not a look-up before the insert,
-- keeps two submissions with the same key from making two reports, also when they arrive at the same moment.
create unique index seizure_reports_idempotency on seizure_reports (reported_by, idempotency_key)
    where idempotency_key is not null;
create index seizure_reports_operation_state on seizure_reports (operation_id, state);

-- Controls are numbered apart from seizures, each without gaps.
alter table seizure_report_counters add column kind varchar(2) not null default 'SR';
alter table seizure_report_counters drop constraint seizure_report_counters_pkey;
alter table seizure_report_counters add primary key (owner, year, kind);

-- The operational phases as the OCU opened and closed them: reports for a phase are taken while it is open and for
-- 72 hours after it closed (marked late).
create table report_phases (
    operation_id uuid not null references operations (id),
    phase int not null,
    opened_at timestamptz not null,
    closed_at timestamptz,
    primary key (operation_id, phase)
);

-- Risk profiles, every version kept: a version targets one phase; phase 2 starts from phase 1's last versions.
create table risk_profiles (
    id uuid primary key,
    profile_id uuid not null,
    operation_id uuid not null references operations (id),
    version int not null,
    phase int not null,
    name text not null,
    risk_area text not null,
    transport_mode text,
    route_from varchar(2),
    route_to varchar(2),
    commodity_codes text[] not null default '{}',
    indicators text,
    owner varchar(40) not null,
    created_by varchar(64) not null,
    created_at timestamptz not null,
    unique (profile_id, version)
);
create index risk_profiles_operation on risk_profiles (operation_id, phase);

-- Photos of a seizure, re-encoded on arrival so that no camera metadata (location, device, time) is kept.
create table report_photos (
    id uuid primary key,
    report_id uuid not null references seizure_reports (id),
    content_type text not null check (content_type in ('image/jpeg', 'image/png')),
    width int not null,
    height int not null,
    data bytea not null,
    uploaded_by varchar(64) not null,
    uploaded_at timestamptz not null
);
create index report_photos_report on report_photos (report_id);
