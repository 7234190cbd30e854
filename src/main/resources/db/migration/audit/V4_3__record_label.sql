-- What a reader calls the record an entry concerns (an operation's name, a report's reference), written with the
-- entry so the trail names records without reading other modules' tables. Empty for entries written before.
alter table audit_log add column record_label text;
