create sequence seizure_report_numbers;

-- Person and company columns hold personal data (see Subject): erased by the retention job, never copied
-- into the audit trail.
create table seizure_reports (
    id uuid primary key,
    operation_id uuid not null references operations (id),
    reference text not null unique,
    owner varchar(40) not null references organisations (code),
    seized_on date not null,
    location_code text,
    place text,
    goods_category text not null,
    description text not null,
    quantity numeric(18, 3),
    unit text,
    estimated_value_eur numeric(18, 2),
    handling_code text not null check (handling_code in ('PARTICIPANTS', 'OWNER_ONLY', 'NAMED')),
    named_organisations text[] not null default '{}',
    person_name text,
    person_birth_date date,
    document_number text,
    company_name text,
    company_registration_number text,
    anonymised text[] not null default '{}',
    reported_by varchar(64) not null,
    reported_at timestamptz not null,
    version bigint not null default 0
);
create index seizure_reports_operation on seizure_reports (operation_id);
create index seizure_reports_owner on seizure_reports (owner);
