-- Owners of an operation hear once a day per checking organisation that a draft checked by it met their operation
-- (every check itself is in the audit trail).
create table conflict_check_notices (
    operation_id uuid not null,
    checked_by varchar(40) not null,
    day date not null,
    primary key (operation_id, checked_by, day)
);
