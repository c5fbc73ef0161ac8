-- OPC UA endpoints the collector subscribes to, per enterprise: the server's URL, the security policy (None for now),
-- an optional user name and password, the publishing interval, and the node id → tag mappings as a JSON array
-- ([{"nodeId": "ns=2;s=LT-101", "tag": "LT-101"}]), which are read and written only with their endpoint.
create table monitoring_opcua_endpoint (
    id                     uuid primary key,
    enterprise_id          uuid         not null,
    name                   varchar(100) not null,
    url                    varchar(500) not null,
    security_policy        varchar(16)  not null,
    username               varchar(100),
    password               varchar(200),
    publishing_interval_ms integer      not null,
    enabled                boolean      not null,
    mappings               jsonb        not null,
    updated_at             timestamptz  not null,
    unique (enterprise_id, name)
);

alter table monitoring_opcua_endpoint enable row level security;
alter table monitoring_opcua_endpoint force row level security;
create policy tenant_scope on monitoring_opcua_endpoint
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
