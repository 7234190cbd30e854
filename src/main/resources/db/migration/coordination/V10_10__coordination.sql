-- The OCU's live picture: running tallies per operation, phase and dimension (day, administration, location …),
-- updated once per validated report. A report applied once is remembered, so that a second delivery of the same
-- event counts nothing.
create table coordination_applied_reports (
    report_id    uuid primary key,
    operation_id uuid        not null,
    applied_at   timestamptz not null
);

create table coordination_tallies (
    operation_id  uuid    not null,
    phase         integer not null,
    dimension     text    not null,
    key           text    not null,
    controls      bigint  not null default 0,
    controlled    bigint  not null default 0,
    seizures      bigint  not null default 0,
    infringements bigint  not null default 0,
    quantity      numeric not null default 0,
    value_eur     numeric not null default 0,
    duties_eur    numeric not null default 0,
    primary key (operation_id, phase, dimension, key)
);

-- The risk profiles of each phase as the reporting side last versioned them (for the review's suggestions).
create table coordination_profiles (
    profile_id   uuid    not null,
    phase        integer not null,
    operation_id uuid    not null,
    version      integer not null,
    name         text    not null,
    primary key (profile_id, phase)
);
create index coordination_profiles_operation on coordination_profiles (operation_id, phase);

-- The operational phases as the OCU opened and closed them.
create table coordination_phases (
    operation_id uuid        not null,
    phase        integer     not null,
    opened_at    timestamptz,
    closed_at    timestamptz,
    last         boolean     not null default false,
    primary key (operation_id, phase)
);

-- Messages and alerts of the OCU to all participating administrations or to one, and who acknowledged them.
create table coordination_messages (
    id                  uuid primary key,
    operation_id        uuid        not null,
    sender              text        not null,
    sender_organisation text        not null,
    addressed_to        text,
    body                text        not null,
    sent_at             timestamptz not null
);
create index coordination_messages_operation on coordination_messages (operation_id, sent_at);

create table coordination_message_recipients (
    message_id      uuid not null references coordination_messages (id),
    organisation    text not null,
    acknowledged_by text,
    acknowledged_at timestamptz,
    primary key (message_id, organisation)
);
