-- A user's e-mail address, optional: where the notification module sends the alarm notices addressed to them.
alter table user_account add column email varchar(128);
