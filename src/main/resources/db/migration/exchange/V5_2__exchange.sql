-- The semester reminders to collect other bodies' plans already published: at most one per semester,
-- whichever instance runs the daily job.
create table plans_collection_reminders (
    semester varchar(6) primary key,
    published_at timestamptz not null default now()
);
