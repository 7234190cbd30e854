-- The lifecycle's history: every step of an operation, who took it, when and why.
create table lifecycle_history (
    id bigserial primary key,
    operation_id uuid not null,
    from_status text,
    to_status text not null,
    reason text,
    moved_by varchar(64),
    moved_at timestamptz not null
);
create index lifecycle_history_operation on lifecycle_history (operation_id, id);

-- The business case an operation's leader submits to the coordination secretariat.
create table business_cases (
    operation_id uuid primary key,
    threat_basis text,
    threat_assessment text,
    objectives text,
    expected_participants text[] not null default '{}',
    risk_areas text[] not null default '{}',
    transport_modes text[] not null default '{}',
    budget_estimate_eur numeric(14, 2),
    planned_start date,
    planned_end date,
    state text not null check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    review_comments text,
    reviewed_by varchar(64),
    reviewed_at timestamptz,
    updated_by varchar(64) not null,
    updated_at timestamptz not null
);

-- Measurable objectives: a metric the system can compute later from reports, or assessed by hand.
create table measurable_objectives (
    operation_id uuid not null,
    position int not null,
    description text not null,
    metric text not null,
    risk_area text,
    unit text,
    target numeric(14, 2),
    primary key (operation_id, position)
);

-- Checklist templates: tasks with deadlines counted from the first or last operational day.
create table checklist_templates (
    id uuid primary key,
    name text not null unique,
    description text,
    version bigint not null default 0,
    updated_at timestamptz not null default now()
);

create table checklist_template_items (
    template_id uuid not null references checklist_templates (id) on delete cascade,
    position int not null,
    title text not null,
    category text not null,
    offset_amount int not null,
    offset_unit text not null check (offset_unit in ('DAYS', 'WEEKS', 'MONTHS')),
    anchor text not null check (anchor in ('FIRST_DAY', 'SECOND_PHASE', 'LAST_DAY')),
    owner_organisation varchar(40),
    primary key (template_id, position)
);

-- An operation's checklist: dated tasks with an owner (an organisation, and possibly one of its users).
create table checklist_tasks (
    id uuid primary key,
    operation_id uuid not null,
    position int not null,
    title text not null,
    category text not null,
    due date not null,
    offset_amount int,
    offset_unit text check (offset_unit in ('DAYS', 'WEEKS', 'MONTHS')),
    anchor text check (anchor in ('FIRST_DAY', 'SECOND_PHASE', 'LAST_DAY')),
    owner_organisation varchar(40) not null,
    owner_username varchar(64),
    state text not null check (state in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE')),
    done_at timestamptz,
    done_by varchar(64),
    version bigint not null default 0
);
create index checklist_tasks_operation on checklist_tasks (operation_id, due);
create index checklist_tasks_open_due on checklist_tasks (due) where state in ('OPEN', 'IN_PROGRESS');

-- Invitations to take part, and each administration's answer.
create table invitations (
    id uuid primary key,
    operation_id uuid not null,
    organisation varchar(40) not null,
    message text,
    invited_by varchar(64) not null,
    invited_at timestamptz not null,
    state text not null check (state in ('OPEN', 'ACCEPTED', 'DECLINED')),
    contact_points text,
    border_points text[] not null default '{}',
    offices text,
    decline_reason text,
    decline_note text,
    answered_by varchar(64),
    answered_at timestamptz,
    unique (operation_id, organisation)
);
create index invitations_organisation on invitations (organisation, state);

-- Reminders sent: a task is reminded of once as it falls due and once when overdue, again if it is re-dated.
create table task_reminders (
    task_id uuid not null,
    kind text not null check (kind in ('DUE_SOON', 'OVERDUE')),
    due date not null,
    sent_on date not null,
    primary key (task_id, kind, due)
);
