-- The operation a recommendation came from (its debriefing), when it came from one: the working party's own
-- reports name none. No foreign key: operations are another module's table; the id is checked when recorded.
alter table followup_recommendations add column operation_id uuid;
create index followup_recommendations_by_operation on followup_recommendations (operation_id) where operation_id is not null;
