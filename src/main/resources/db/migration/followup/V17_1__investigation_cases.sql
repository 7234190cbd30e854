-- Investigation cases: an infringement found in a validated field report, investigated (criminally or
-- administratively) by an administration: customs, or police or prosecution where customs cannot investigate.
-- The report's operation and administration are copied from follow-up's own projection of validated reports.
create sequence followup_case_numbers;

create table followup_cases (
    id uuid primary key,
    reference text not null unique,
    report_id uuid not null,
    operation_id uuid not null,
    report_administration text not null,
    kind text not null check (kind in ('CRIMINAL', 'ADMINISTRATIVE')),
    owner text not null,
    investigated_by text not null default '',
    opened_on date not null,
    closed_on date,
    created_by text not null,
    created_at timestamp with time zone not null,
    -- The last time anything was recorded on the case: a case silent for longer than the reminder interval is stale.
    updated_at timestamp with time zone not null
);
create index followup_cases_of_operation on followup_cases (operation_id);
create index followup_cases_of_report on followup_cases (report_id);
create index followup_cases_by_owner on followup_cases (owner);

-- The case's timeline. Amounts in euro with cents; the persons charged are personal data (erased by retention).
create table followup_case_events (
    id uuid primary key,
    case_id uuid not null references followup_cases (id) on delete cascade,
    type text not null check (type in ('OPENED', 'SUSPECTS_CHARGED', 'ASSETS_SEIZED', 'COURT_DECISION',
        'PENALTY_IMPOSED', 'DUTIES_RECOVERED', 'CLOSED')),
    happened_on date not null,
    amount_eur numeric(16, 2) check (amount_eur >= 0),
    convicted boolean,
    persons text,
    persons_count integer not null default 0,
    note text not null default '',
    recorded_by text not null,
    recorded_at timestamp with time zone not null
);
create index followup_case_events_of on followup_case_events (case_id, happened_on);

-- Each open case's owner is reminded once per interval: the last reminder's day.
create table followup_case_reminders (
    case_id uuid primary key references followup_cases (id) on delete cascade,
    sent_on date not null
);

-- Each operation's results as they stood when it entered its debriefing (figures and case outcomes, no person):
-- later outcomes add to its results of today, never to these.
create table followup_debriefings (
    operation_id uuid primary key,
    entered_at timestamp with time zone not null,
    figures jsonb not null
);
