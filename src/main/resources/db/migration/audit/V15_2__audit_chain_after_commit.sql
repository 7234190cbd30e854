-- Entries are written unchained in the transaction of the change (no lock shared by every audited transaction),
-- and linked into the one hash chain shortly after commit, by one chainer at a time, in the order it links them
-- (chain_position). Entries written before keep their links; their position is their id.
alter table audit_log alter column previous_hash drop not null;
alter table audit_log alter column hash drop not null;
alter table audit_log add column chain_position bigint;

alter table audit_log disable trigger audit_log_append_only;
update audit_log set chain_position = id;
alter table audit_log enable trigger audit_log_append_only;

create unique index audit_log_chain_position on audit_log (chain_position);
create index audit_log_unchained on audit_log (id) where chain_position is null;

-- Still append-only: an entry is written once and linked once. The only change allowed is the link itself, on an
-- entry not linked yet, everything it says staying as it is.
create or replace function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
       and old.chain_position is null and old.hash is null and old.previous_hash is null
       and new.chain_position is not null and new.hash is not null and new.previous_hash is not null
       and (new.id, new.at, new.actor, new.organisation, new.action, new.entity_type, new.entity_id, new.before,
            new.after, new.remote_address, new.record_owner, new.record_label)
           is not distinct from
           (old.id, old.at, old.actor, old.organisation, old.action, old.entity_type, old.entity_id, old.before,
            old.after, old.remote_address, old.record_owner, old.record_label) then
        return new;
    end if;
    raise exception 'the audit log is append-only';
end $$;
