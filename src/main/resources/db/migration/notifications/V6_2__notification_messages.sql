-- Notifications are worded when they are read, in the reader's language, from a message key and its arguments.
-- Notifications sent before keep their stored title and body.
alter table notifications add column message_key text;
alter table notifications add column message_arguments text[];
alter table notifications alter column title drop not null;
alter table notifications alter column body drop not null;
alter table notifications add constraint notifications_worded
    check (message_key is not null or (title is not null and body is not null));
