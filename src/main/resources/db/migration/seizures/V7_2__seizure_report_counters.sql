-- Report numbers count per reporting organisation and year, without gaps: a report takes its number from this
-- row in the transaction that inserts it, so a report that is refused or rolled back uses none (a sequence
-- hands out numbers that are lost with the transaction).
create table seizure_report_counters (
    owner varchar(40) not null,
    year int not null,
    last_number int not null,
    primary key (owner, year)
);

-- Reports numbered so far keep their numbers; each organisation and year goes on from its highest.
insert into seizure_report_counters (owner, year, last_number)
select owner, split_part(reference, '-', 2)::int, max(substring(reference from '([0-9]+)$')::int)
  from seizure_reports
 group by owner, split_part(reference, '-', 2)::int;

drop sequence seizure_report_numbers;
