-- Which revision (SEQUENCE, LAST-MODIFIED) of another body's calendar event the calendar holds, so that an
-- earlier copy of the event, imported later, never overwrites a later one.
create table exchange_event_revisions (
    organiser varchar(40) not null,
    external_id text not null,
    sequence integer not null,
    modified timestamptz,
    primary key (organiser, external_id)
);
