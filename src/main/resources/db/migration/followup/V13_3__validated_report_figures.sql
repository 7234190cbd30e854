-- Follow-up's own projection of the figures of validated field reports (from the event the OCU's validation
-- publishes): what the results, the cases and the debriefing count from, without reading another module's tables.
-- One row per report: a report validated again replaces its figures. No person or company is held here.
create table followup_report_figures (
    report_id uuid primary key,
    operation_id uuid not null,
    phase integer not null,
    type text not null,
    occurred_at timestamp with time zone not null,
    administration text not null,
    location_code text,
    transport_mode text,
    risk_area text,
    profile_id uuid,
    profile_name text,
    quantity numeric,
    unit text,
    value_eur numeric(16, 2),
    duties_eur numeric(16, 2),
    controlled_count integer not null,
    infringement boolean not null,
    validated_at timestamp with time zone not null
);
create index followup_report_figures_of_operation on followup_report_figures (operation_id);
