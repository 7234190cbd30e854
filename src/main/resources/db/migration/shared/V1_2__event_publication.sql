-- The event publication registry of Spring Modulith (its schema for PostgreSQL, v2), kept by Flyway like every
-- other table so that a backup restored into an empty database finds it. Instances that created it themselves
-- before this migration keep theirs.
create table if not exists event_publication (
    id uuid not null,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status text,
    completion_attempts int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
