-- A risk analysis unit may name the production or storage unit (hazard unit of the enterprise module, by id) it
-- lies in. While that unit is stopped (停用) or under overhaul (检修) the inspection tasks under it are paused: an
-- occurrence whose window meets such a time is neither due nor missed (未排查).
alter table risk_unit add column hazard_unit_id uuid;

-- The units' status changes as the enterprise module announced them (ProductionStatusChanged), one row per change
-- keyed by its sequence: a replayed event adds nothing, and events arriving out of order are read in order.
create table dual_prevention_unit_status (
    sequence      bigint primary key,
    unit_id       uuid        not null,
    enterprise_id uuid        not null,
    status        varchar(16) not null check (status in ('RUNNING', 'STOPPED', 'OVERHAUL', 'TRIAL_PRODUCTION')),
    stopped       boolean     not null,
    reason        varchar(256),
    changed_at    timestamptz not null
);
create index dual_prevention_unit_status_unit on dual_prevention_unit_status (unit_id, sequence);

alter table dual_prevention_unit_status enable row level security;
alter table dual_prevention_unit_status force row level security;
create policy tenant_scope on dual_prevention_unit_status
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
