-- Every write of an operation's facts takes a new number from this sequence, so that a copy of the facts kept in memory
-- can tell, by the count and the sum of the numbers, whether any row was written, added or removed since it was read.
-- The numbers only grow: a write always raises the sum, and the count shows what was added or removed.
create sequence analytics_fact_change_numbers;

alter table analytics_operations add column change_no bigint not null default nextval('analytics_fact_change_numbers');
