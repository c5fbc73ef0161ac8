-- The risk register of dual prevention (domain file §2): risk analysis object → analysis unit → risk event (with its
-- assessments) → control measure → inspection task. Columns carry the national exchange field names in snake case
-- (riskUnitName → risk_unit_name) and the national codes (dataSrc, workDayType, workType), so that the rows can be
-- reported without translation tables. A parent with children cannot be deleted (the foreign keys refuse it); an
-- event's assessments are its history and go with it.

create table risk_object (
    id            uuid primary key,
    enterprise_id uuid not null,
    hazard_code   text,
    name          text not null,
    created_at    timestamp with time zone not null default now(),
    updated_at    timestamp with time zone not null default now()
);
create index risk_object_enterprise on risk_object (enterprise_id, name, id);

create table risk_unit (
    id                   uuid primary key,
    enterprise_id        uuid not null,
    risk_object_id       uuid not null references risk_object (id),
    risk_unit_name       text not null,
    hazard_dep           text,
    hazard_liable_person text,
    created_at           timestamp with time zone not null default now(),
    updated_at           timestamp with time zone not null default now()
);
create index risk_unit_object on risk_unit (risk_object_id, risk_unit_name, id);

create table risk_event (
    id              uuid primary key,
    enterprise_id   uuid not null,
    risk_unit_id    uuid not null references risk_unit (id),
    risk_event_name text not null,
    created_at      timestamp with time zone not null default now(),
    updated_at      timestamp with time zone not null default now()
);
create index risk_event_unit on risk_event (risk_unit_id, risk_event_name, id);

create table risk_assessment (
    id            uuid primary key,
    enterprise_id uuid not null,
    risk_event_id uuid not null references risk_event (id) on delete cascade,
    method        text not null,
    factors       jsonb not null,
    score         numeric not null,
    risk_level    text not null,
    assessed_at   timestamp with time zone not null,
    assessed_by   uuid not null
);
create index risk_assessment_event on risk_assessment (risk_event_id, assessed_at desc, id);

create table control_measure (
    id                   uuid primary key,
    enterprise_id        uuid not null,
    risk_event_id        uuid not null references risk_event (id),
    data_src             smallint not null check (data_src in (1, 2)),
    risk_measure_desc    text not null,
    classify1            text not null,
    classify2            text not null,
    classify3            text,
    troubleshoot_content text,
    created_at           timestamp with time zone not null default now(),
    updated_at           timestamp with time zone not null default now()
);
create index control_measure_event on control_measure (risk_event_id, created_at, id);

create table inspection_task (
    id                   uuid primary key,
    enterprise_id        uuid not null,
    risk_measure_id      uuid not null references control_measure (id),
    troubleshoot_content text not null,
    check_cycle          integer not null check (check_cycle > 0),
    check_cycle_unit     text not null,
    task_start_time      timestamp without time zone not null,
    work_start_time      time without time zone,
    work_end_time        time without time zone,
    work_day_type        smallint not null check (work_day_type in (0, 1, 2)),
    work_type            smallint not null check (work_type between 0 and 3),
    task_num             smallint,
    created_at           timestamp with time zone not null default now(),
    updated_at           timestamp with time zone not null default now()
);
create index inspection_task_measure on inspection_task (risk_measure_id, created_at, id);

-- Row-level security with the scope looked up in a hash built once per statement (see majorhazard's V1_5_5).
alter table risk_object enable row level security;
alter table risk_object force row level security;
create policy tenant_scope on risk_object
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table risk_unit enable row level security;
alter table risk_unit force row level security;
create policy tenant_scope on risk_unit
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table risk_event enable row level security;
alter table risk_event force row level security;
create policy tenant_scope on risk_event
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table risk_assessment enable row level security;
alter table risk_assessment force row level security;
create policy tenant_scope on risk_assessment
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table control_measure enable row level security;
alter table control_measure force row level security;
create policy tenant_scope on control_measure
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table inspection_task enable row level security;
alter table inspection_task force row level security;
create policy tenant_scope on inspection_task
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
