-- Monitoring points (位号) of the enterprises: instrument range, the four alarm limits, the registry object the point
-- is installed on (kind and id, no foreign key into the owning module), the monitored chemical, gateway and plan
-- position. The tag is unique within the enterprise; ingestion looks points up by it.
create table monitoring_point (
    id                      uuid primary key,
    enterprise_id           uuid           not null,
    tag                     varchar(64)    not null,
    name                    varchar(100)   not null,
    indicator_type          varchar(24)    not null,
    unit                    varchar(16),
    range_low               numeric(16, 6),
    range_high              numeric(16, 6),
    limit_low_low           numeric(16, 6),
    limit_low               numeric(16, 6),
    limit_high              numeric(16, 6),
    limit_high_high         numeric(16, 6),
    deadband                numeric(16, 6),
    expected_period_seconds integer,
    object_kind             varchar(24),
    object_id               uuid,
    chemical_id             uuid,
    gateway_code            varchar(64),
    plan_x                  numeric(8, 2),
    plan_y                  numeric(8, 2),
    national_indicator_code varchar(64),
    enabled                 boolean        not null,
    updated_at              timestamptz    not null,
    unique (enterprise_id, tag)
);
create index monitoring_point_object_idx on monitoring_point (object_kind, object_id);

alter table monitoring_point enable row level security;
alter table monitoring_point force row level security;
create policy tenant_scope on monitoring_point
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
