-- A counter of changes to the operations' facts, moved by every statement that writes them (whatever writes them:
-- the calendar's feed, a catch-up, a bulk load), so that a copy of the facts kept in memory knows when it is stale.
create table analytics_fact_changes (
    single boolean primary key default true check (single),
    counter bigint not null
);
insert into analytics_fact_changes (single, counter) values (true, 0);

create function analytics_fact_changed() returns trigger language plpgsql as $$
begin
    update analytics_fact_changes set counter = counter + 1;
    return null;
end;
$$;

create trigger analytics_operations_changed after insert or update or delete or truncate on analytics_operations
    for each statement execute function analytics_fact_changed();
