-- Failed sign-ins in a row and, after too many, until when the account is locked (growing each time).
alter table users add column failed_logins int not null default 0;
alter table users add column locked_until timestamptz;
