-- Accounts signed in through an organisation's identity provider (OIDC). They have no password in JCO Hub and
-- are bound to the provider's subject, so nobody else with the same username can take them over.
alter table users add column external_issuer text;
alter table users add column external_subject text;
alter table users add constraint users_external_identity_complete
    check ((external_issuer is null) = (external_subject is null));
alter table users add constraint users_external_without_password
    check (external_subject is null or password_hash is null);
create unique index users_external_identity on users (external_issuer, external_subject)
    where external_subject is not null;
