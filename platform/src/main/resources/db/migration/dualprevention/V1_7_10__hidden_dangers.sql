-- Hidden dangers (隐患) under the national field names (domain file §2.1), with their lifecycle status
-- (REPORTED → CONFIRMED → RECTIFYING ⇄ PENDING_ACCEPTANCE → ACCEPTED → CLOSED; the national dangerState follows from
-- it) and an append-only history of every step. Photos are references to images stored elsewhere.
create table hidden_danger (
    id                     uuid primary key,
    enterprise_id          uuid           not null,
    risk_measure_id        uuid references control_measure (id),
    hazard_code            varchar(64),
    danger_name            varchar(200)   not null,
    danger_src             smallint       not null check (danger_src between 1 and 10),
    hazard_danger_type     smallint       not null check (hazard_danger_type between 1 and 8),
    danger_desc            varchar(2000)  not null,
    danger_reason          varchar(2000),
    danger_img             text[]         not null,
    registrant             varchar(64)    not null,
    regist_time            timestamptz    not null,
    status                 varchar(24)    not null,
    danger_level           varchar(16) check (danger_level in ('GENERAL', 'MAJOR')),
    danger_manage_type     varchar(16) check (danger_manage_type in ('IMMEDIATE', 'BY_DEADLINE')),
    liable_person          varchar(64),
    danger_manage_deadline date,
    control_measures       varchar(2000),
    cost                   numeric(12, 4) check (cost >= 0),
    contingency_plan       varchar(2000),
    danger_accept_img      text[]         not null,
    check_accept_person    varchar(64),
    check_accept_time      timestamptz,
    check_accept_comment   varchar(2000),
    updated_at             timestamptz    not null
);
create index hidden_danger_list_idx on hidden_danger (enterprise_id, regist_time desc, id);

create table hidden_danger_history (
    id               uuid primary key,
    hidden_danger_id uuid        not null references hidden_danger (id),
    enterprise_id    uuid        not null,
    action           varchar(16) not null,
    from_status      varchar(24),
    to_status        varchar(24) not null,
    actor_id         uuid        not null,
    actor_name       varchar(64) not null,
    at               timestamptz not null,
    comment          varchar(2000)
);
create index hidden_danger_history_idx on hidden_danger_history (hidden_danger_id, at, id);

alter table hidden_danger enable row level security;
alter table hidden_danger force row level security;
create policy tenant_scope on hidden_danger
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table hidden_danger_history enable row level security;
alter table hidden_danger_history force row level security;
create policy tenant_scope on hidden_danger_history
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
