-- Append-only: the application only inserts; the trigger refuses updates and deletes.
create table audit_log (
    id bigserial primary key,
    at timestamptz not null,
    actor text not null,
    organisation text not null,
    action text not null,
    entity_type text not null,
    entity_id text not null,
    before jsonb not null,
    after jsonb not null,
    remote_address text not null,
    previous_hash text not null,
    hash char(64) not null
);
create index audit_log_entity on audit_log (entity_type, entity_id);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
