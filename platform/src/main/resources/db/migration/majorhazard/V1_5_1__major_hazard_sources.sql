-- People permanently within 500 m outside the unit's boundary (GB 18218-2018 Table 5), per unit.
create table unit_exposure
(
    unit_id        uuid        not null primary key,
    enterprise_id  uuid        not null,
    exposed_people int         not null check (exposed_people >= 0),
    updated_at     timestamp with time zone not null default now(),
    updated_by     varchar(64) not null
);

-- Every identification and grading of a unit (GB 18218-2018 4.2, 4.3), kept as history. The full breakdown is the
-- engine's result as JSON. An assessment is incomplete when something it needs is missing (a quantity that cannot
-- be derived, a chemical without categories, a β, the exposed people); it says what in `problems`.
create table unit_assessment
(
    id             bigserial   not null primary key,
    unit_id        uuid        not null,
    enterprise_id  uuid        not null,
    assessed_at    timestamp with time zone not null default now(),
    trigger        varchar(24) not null check (trigger in ('INVENTORY_CHANGED', 'EXPOSURE_CHANGED', 'MANUAL')),
    exposed_people int,
    complete       boolean     not null,
    problems       jsonb       not null default '[]',
    sum_ratio      numeric(18, 4),
    major_hazard   boolean     not null default false,
    r              numeric(18, 4),
    level          int check (level between 1 and 4),
    result         jsonb
);
create index unit_assessment_unit_idx on unit_assessment (unit_id, assessed_at desc);

-- The register of major hazard sources (重大危险源): one per unit found to be one. A source whose unit no longer
-- reaches S ≥ 1 (or is removed) is retired, not deleted.
create table major_hazard_source
(
    id                 uuid        not null primary key,
    enterprise_id      uuid        not null,
    unit_id            uuid        not null unique,
    unit_code          varchar(32) not null,
    unit_name          varchar(64) not null,
    unit_kind          varchar(16) not null,
    level              int check (level between 1 and 4),
    r                  numeric(18, 4),
    sum_ratio          numeric(18, 4) not null,
    identified_at      timestamp with time zone not null default now(),
    assessment_id      bigint      not null references unit_assessment (id),
    status             varchar(8)  not null default 'ACTIVE' check (status in ('ACTIVE', 'RETIRED')),
    retired_at         timestamp with time zone
);
create index major_hazard_source_enterprise_idx on major_hazard_source (enterprise_id, status);

-- 包保责任制: the three accountable people of each source (应急厅〔2021〕12号 第三条).
create table accountable_person
(
    source_id  uuid        not null references major_hazard_source (id) on delete cascade,
    role       varchar(16) not null check (role in ('CHIEF', 'TECHNICAL', 'OPERATIONS')),
    user_id    uuid        not null,
    post       varchar(64) not null,
    phone      varchar(32) not null,
    primary key (source_id, role)
);
