-- The authenticator (TOTP) secret of an account with a second factor, and the last time step a code was
-- accepted for (a code is never accepted twice).
alter table users add column totp_secret bytea;
alter table users add column totp_last_step bigint;
