-- The recommendation monitoring file: every recommendation with its source, addressee (an organisation: an
-- administration, a body, or the working party itself), status and evidence, and the actions taken on it.

create table followup_recommendations (
    id uuid primary key,
    reference text not null default '',
    source text not null,
    text text not null,
    addressee text not null,
    status text not null check (status in ('OPEN', 'IN_PROGRESS', 'IMPLEMENTED', 'NOT_IMPLEMENTED', 'OBSOLETE')),
    evidence text not null default '',
    reason text not null default '',
    recorded_by text not null,
    recorded_at timestamp with time zone not null,
    changed_at timestamp with time zone not null,
    -- Raised by each change: a change made on an older version would silently undo another's, and is refused.
    version bigint not null default 0
);
create index followup_recommendations_by_addressee on followup_recommendations (addressee);

create table followup_actions (
    id uuid primary key,
    recommendation_id uuid not null references followup_recommendations (id) on delete cascade,
    description text not null,
    owner text not null,
    due date not null,
    done boolean not null default false,
    created_by text not null,
    created_at timestamp with time zone not null
);
create index followup_actions_of on followup_actions (recommendation_id, due);

-- Each overdue action is reminded of once per due date (again if it is re-dated).
create table followup_action_reminders (
    action_id uuid not null references followup_actions (id) on delete cascade,
    due date not null,
    sent_on date not null,
    primary key (action_id, due)
);
