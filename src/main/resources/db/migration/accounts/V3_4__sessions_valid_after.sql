-- "Sign out everywhere": sessions that signed in before this instant are over.
alter table users add column sessions_valid_after timestamptz;
