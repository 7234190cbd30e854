-- What a personal token may do: READ (GET/HEAD only) or READ and WRITE (everything its account may do).
-- Tokens issued before scopes existed keep doing everything; calendar feed tokens only ever read.
alter table api_tokens add column scopes text[] not null default '{READ,WRITE}';
update api_tokens set scopes = '{READ}' where purpose = 'CALENDAR_FEED';
alter table api_tokens add constraint api_tokens_scopes check (scopes <@ array['READ', 'WRITE']::text[] and cardinality(scopes) > 0);
