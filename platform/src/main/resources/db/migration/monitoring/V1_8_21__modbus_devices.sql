-- Modbus TCP devices the poller reads, per enterprise: host, port, unit id, poll period, and the register map as a
-- JSON array ([{"address": 0, "functionCode": 3, "dataType": "FLOAT32", "byteOrder": "BIG", "wordOrder": "BIG",
-- "scale": 1, "offset": 0, "tag": "LT-101"}]), read and written only with its device.
create table monitoring_modbus_device (
    id             uuid primary key,
    enterprise_id  uuid         not null,
    name           varchar(100) not null,
    host           varchar(253) not null,
    port           integer      not null,
    unit_id        integer      not null,
    poll_period_ms integer      not null,
    enabled        boolean      not null,
    registers      jsonb        not null,
    updated_at     timestamptz  not null,
    unique (enterprise_id, name)
);

alter table monitoring_modbus_device enable row level security;
alter table monitoring_modbus_device force row level security;
create policy tenant_scope on monitoring_modbus_device
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
