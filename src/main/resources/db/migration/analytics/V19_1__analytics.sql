-- Analytics' own aggregates, kept in step with the calendar and the validated reports from the events the
-- operations and seizures modules publish: the overview reads these and never scans reports per request.

-- One row per operation: its calendar entry's facts as they stand (what everyone signed in sees of it).
create table analytics_operations (
    operation_id uuid primary key,
    version bigint not null,
    name text not null,
    type text not null,
    organiser text not null,
    lead_country text,
    countries text[] not null,
    risk_areas text[] not null,
    status text not null,
    first_known date not null,
    starts_on date not null,
    ends_on date not null,
    phase_count integer not null,
    operational_days integer not null,
    year integer not null
);
create index analytics_operations_by_year on analytics_operations (year);

-- What each validated report added to the figures, so that the same event delivered twice counts once and a report
-- validated again with other figures moves them (its old contribution is taken off first).
create table analytics_report_contributions (
    report_id uuid primary key,
    operation_id uuid not null,
    phase integer not null,
    administration text not null,
    risk_area text not null,
    unit text not null,
    controls integer not null,
    seizures integer not null,
    hits integer not null,
    controlled bigint not null,
    quantity numeric not null,
    value_eur numeric not null,
    validated_at timestamp with time zone not null
);

-- The running sums the overview reads: per operation, phase, reporting administration, risk area and unit.
create table analytics_results (
    operation_id uuid not null,
    phase integer not null,
    administration text not null,
    risk_area text not null,
    unit text not null,
    reports bigint not null,
    controls bigint not null,
    seizures bigint not null,
    hits bigint not null,
    controlled bigint not null,
    quantity numeric not null,
    value_eur numeric not null,
    primary key (operation_id, phase, administration, risk_area, unit)
);

-- How far the aggregates have read each source, to catch up at start after a restore or a missed event.
create table analytics_progress (
    source text primary key,
    position bigint not null
);
