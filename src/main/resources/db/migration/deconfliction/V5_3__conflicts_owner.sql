-- The conflicts were created with the operations; the deconfliction module owns and alone uses them.
comment on table conflicts is 'owner: deconfliction';
