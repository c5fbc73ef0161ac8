-- The login's brute-force pauses are kept in memory per username and client address (LoginThrottle), so that a
-- stranger cannot lock a user out; the per-account counters of the first design were never read again.
alter table user_account drop column failed_attempts;
alter table user_account drop column locked_until;
