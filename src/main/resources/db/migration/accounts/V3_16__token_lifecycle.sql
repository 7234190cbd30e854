-- Token ids that cannot be guessed: a random UUID replaces the sequential number as the key. Nothing refers to
-- api_tokens by id; the numbers stay in legacy_id because audit entries written before name tokens by them (the
-- audit trail is append-only and is not rewritten).
alter table api_tokens drop constraint api_tokens_pkey;
alter table api_tokens rename column id to legacy_id;
alter table api_tokens alter column legacy_id drop default;
alter table api_tokens alter column legacy_id drop not null;
drop sequence if exists api_tokens_id_seq;
alter table api_tokens add column id uuid not null default gen_random_uuid();
alter table api_tokens add primary key (id);
alter table api_tokens alter column id drop default;

-- When and why a token stopped working, and from where it was issued and last used (shown to its owner).
alter table api_tokens add column revoked_at timestamptz;
alter table api_tokens add column revoked_reason text;
alter table api_tokens add constraint api_tokens_revoked_reason check (revoked_reason in
    ('BY_OWNER', 'SIGNED_OUT_EVERYWHERE', 'PASSWORD_CHANGED', 'ACCOUNT_DISABLED', 'BY_ADMINISTRATOR'));
update api_tokens set revoked_reason = 'BY_OWNER' where revoked;
alter table api_tokens add column issued_from text;
alter table api_tokens add column last_used_from text;
