-- Where a person receives JCO Hub's notifications by e-mail (when SMTP is configured); optional.
alter table users add column email text;
