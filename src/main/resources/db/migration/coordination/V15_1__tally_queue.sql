-- Validated reports waiting to be added to the tallies. A validation inserts its report here in its own
-- transaction (nothing lost, nothing half-done, no lock on a shared row), and one applier at a time adds what
-- waits, many reports per transaction, removing them in that same transaction; a failed attempt leaves them here
-- for the next one. coordination_applied_reports still makes a second application of a report count nothing.
create table coordination_tally_queue (
    report_id    uuid primary key,
    operation_id uuid        not null,
    report       jsonb       not null,
    queued_at    timestamptz not null
);
create index coordination_tally_queue_order on coordination_tally_queue (queued_at, report_id);
