-- Production units' operating status as the enterprise module last announced it (ProductionStatusChanged). Process
-- alarms of a unit stopped (停用) or under overhaul (检修) are suppressed by design, never its gas-detector alarms.
-- `sequence` is the announcing change's number: listeners run asynchronously, and an older event never wins.
create table monitoring_unit_status
(
    unit_id       uuid        not null primary key,
    enterprise_id uuid        not null,
    status        varchar(16) not null check (status in ('RUNNING', 'STOPPED', 'OVERHAUL', 'TRIAL_PRODUCTION')),
    reason        varchar(256),
    sequence      bigint      not null
);
create index monitoring_unit_status_enterprise_idx on monitoring_unit_status (enterprise_id);

alter table monitoring_unit_status enable row level security;
alter table monitoring_unit_status force row level security;
create policy tenant_scope on monitoring_unit_status
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
