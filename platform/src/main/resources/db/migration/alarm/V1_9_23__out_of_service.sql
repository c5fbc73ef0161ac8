-- An alarm taken out of service (ISA-18.2), why and since when; no expiry: it lasts until the alarm is returned to
-- service or closed.
alter table alarm add column out_of_service_reason varchar(500);
alter table alarm add column out_of_service_since timestamptz;
alter table alarm add constraint alarm_out_of_service_whole
    check ((out_of_service_reason is null) = (out_of_service_since is null));
