-- The organisation owning the record an entry concerns, when another organisation acted on it (a read of a
-- seizure report by a participant): the owner's audit trail shows those entries too.
alter table audit_log add column record_owner varchar(40);
create index audit_log_record_owner on audit_log (record_owner) where record_owner is not null;
