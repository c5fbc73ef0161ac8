-- A robot webhook's signing secret (加签: DingTalk, Feishu; an HMAC header for generic receivers). Never returned by
-- the API (it shows only whether a webhook is signed). Stored as given, readable to the platform's database role, as
-- the OPC UA endpoints' passwords are: encrypting such secrets at rest is a separate piece of work.
alter table notification_webhook add column secret varchar(200);
