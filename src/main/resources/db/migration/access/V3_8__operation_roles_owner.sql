-- The roles held on one operation were created with the accounts; the access module owns and alone uses them.
comment on table operation_roles is 'owner: access';
