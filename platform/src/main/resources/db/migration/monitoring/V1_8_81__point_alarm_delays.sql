-- A point's own alarm delays (ISA-18.2 on- and off-delay): how long its samples must stay at a limit before the alarm
-- is raised, and beyond the deadband before it returns; null takes the platform's chemsafe.monitoring.limit-alarms.*.
alter table monitoring_point add column on_delay_seconds integer check (on_delay_seconds between 0 and 3600);
alter table monitoring_point add column off_delay_seconds integer check (off_delay_seconds between 0 and 3600);
