-- The online rate (在线率) of each enterprise's points per day (Asia/Shanghai), which regulators rank by: every
-- maintenance run (each minute by default) adds one check, the share of the enterprise's enabled points online at
-- that moment; the day's rate is online_sum / checks. points is the number of enabled points at the last check.
create table monitoring_online_rate (
    enterprise_id uuid             not null,
    day           date             not null,
    checks        integer          not null,
    online_sum    double precision not null,
    points        integer          not null,
    primary key (enterprise_id, day)
);

alter table monitoring_online_rate enable row level security;
alter table monitoring_online_rate force row level security;
create policy tenant_scope on monitoring_online_rate
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
