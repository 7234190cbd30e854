-- Cluster-safe scheduled jobs: a job runs on one instance at a time.
create table shedlock (
    name varchar(64) primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
