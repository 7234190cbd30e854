-- The debriefing's own records: how the objectives assessed by hand were judged, the analyst's edits of the
-- threat-assessment draft (the draft itself is generated from the validated reports each time it is read) and the
-- reports the leader picked as workshop case studies.

create table followup_objective_assessments (
    operation_id uuid not null,
    -- The objective's position in the operation's list, and its wording when it was assessed: an assessment
    -- applies only while the objective at that position still says the same.
    objective integer not null check (objective >= 0),
    description text not null,
    verdict text not null check (verdict in ('MET', 'PARTLY_MET', 'NOT_MET')),
    text text not null,
    author text not null,
    assessed_at timestamp with time zone not null,
    primary key (operation_id, objective)
);

create table followup_ta_notes (
    operation_id uuid primary key,
    analysis text not null,
    edited_by text not null,
    edited_at timestamp with time zone not null
);

-- An edited suggestion replaces the generated one with the same key (the rule and what it found); dismissed ones
-- are left out of the draft and its exports.
create table followup_ta_suggestions (
    operation_id uuid not null,
    key text not null,
    name text not null,
    risk_area text not null,
    transport_mode text,
    route_from text,
    route_to text,
    indicators text,
    dismissed boolean not null default false,
    edited_by text not null,
    edited_at timestamp with time zone not null,
    primary key (operation_id, key)
);

create table followup_case_studies (
    operation_id uuid not null,
    report_id uuid not null,
    note text not null default '',
    picked_by text not null,
    picked_at timestamp with time zone not null,
    primary key (operation_id, report_id)
);
