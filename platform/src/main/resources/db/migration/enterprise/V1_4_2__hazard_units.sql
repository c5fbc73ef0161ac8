-- Key-supervised hazardous chemical processes (重点监管危险化工工艺): 15 listed by 安监总管三〔2009〕116号 and 3 added
-- by 安监总管三〔2013〕3号. Kept as data so that a new list needs no release.
create table hazardous_process
(
    code       varchar(32) not null primary key,
    name_zh    varchar(32) not null,
    name_en    varchar(64) not null,
    sort_order int         not null
);
insert into hazardous_process (code, name_zh, name_en, sort_order) values
    ('PHOSGENATION', '光气及光气化工艺', 'Phosgene and phosgenation', 1),
    ('ELECTROLYSIS', '电解工艺（氯碱）', 'Electrolysis (chlor-alkali)', 2),
    ('CHLORINATION', '氯化工艺', 'Chlorination', 3),
    ('NITRATION', '硝化工艺', 'Nitration', 4),
    ('AMMONIA_SYNTHESIS', '合成氨工艺', 'Ammonia synthesis', 5),
    ('CRACKING', '裂解（裂化）工艺', 'Cracking', 6),
    ('FLUORINATION', '氟化工艺', 'Fluorination', 7),
    ('HYDROGENATION', '加氢工艺', 'Hydrogenation', 8),
    ('DIAZOTIZATION', '重氮化工艺', 'Diazotization', 9),
    ('OXIDATION', '氧化工艺', 'Oxidation', 10),
    ('PEROXIDATION', '过氧化工艺', 'Peroxidation', 11),
    ('AMINATION', '胺基化工艺', 'Amination', 12),
    ('SULFONATION', '磺化工艺', 'Sulfonation', 13),
    ('POLYMERIZATION', '聚合工艺', 'Polymerization', 14),
    ('ALKYLATION', '烷基化工艺', 'Alkylation', 15),
    ('NEW_COAL_CHEMICAL', '新型煤化工工艺', 'New coal chemical processes', 16),
    ('CALCIUM_CARBIDE', '电石生产工艺', 'Calcium carbide production', 17),
    ('AZO_COUPLING', '偶氮化工艺', 'Azo coupling', 18);

-- Hazard units of GB 18218-2018 clause 3: production units (3.5), storage units (3.6: a tank farm bounded by its
-- bund, a warehouse building), and loading racks (装卸栈台, monitored but not a unit of the standard).
create table hazard_unit
(
    id                  uuid        not null primary key,
    enterprise_id       uuid        not null references enterprise (id),
    kind                varchar(16) not null check (kind in ('PRODUCTION_UNIT', 'TANK_FARM', 'WAREHOUSE', 'LOADING_RACK')),
    code                varchar(32) not null,
    name                varchar(64) not null,
    area_id             uuid references area (id) on delete set null,
    -- production units only
    hazardous_processes varchar(32)[] not null default '{}',
    status              varchar(16) check (status in ('RUNNING', 'STOPPED', 'OVERHAUL', 'TRIAL_PRODUCTION')),
    created_at          timestamp with time zone not null default now(),
    unique (enterprise_id, code),
    constraint hazard_unit_status_for_production check ((kind = 'PRODUCTION_UNIT') = (status is not null)),
    constraint hazard_unit_processes_for_production
        check (kind = 'PRODUCTION_UNIT' or cardinality(hazardous_processes) = 0)
);
create index hazard_unit_enterprise_idx on hazard_unit (enterprise_id, kind);

create table production_status_change
(
    id          bigserial   not null primary key,
    unit_id     uuid        not null references hazard_unit (id) on delete cascade,
    from_status varchar(16),
    to_status   varchar(16) not null,
    changed_at  timestamp with time zone not null default now(),
    changed_by  varchar(64) not null,
    reason      varchar(256)
);
create index production_status_change_unit_idx on production_status_change (unit_id, changed_at desc);

-- Tanks of a tank farm.
create table tank
(
    id                   uuid          not null primary key,
    enterprise_id        uuid          not null references enterprise (id),
    tank_farm_id         uuid          not null references hazard_unit (id) on delete cascade,
    code                 varchar(32)   not null,
    tank_type            varchar(24)   not null check (tank_type in ('VERTICAL_FIXED_ROOF', 'EXTERNAL_FLOATING_ROOF',
        'INTERNAL_FLOATING_ROOF', 'HORIZONTAL', 'SPHERICAL', 'OTHER')),
    volume_m3            numeric(12, 3) not null check (volume_m3 > 0),
    chemical_id          uuid references chemical (id),
    design_pressure_mpa  numeric(8, 4) check (design_pressure_mpa between -0.1 and 100),
    design_temperature_c numeric(6, 1) check (design_temperature_c between -273 and 1000),
    max_fill_ratio       numeric(4, 3) not null check (max_fill_ratio > 0 and max_fill_ratio <= 1),
    unique (tank_farm_id, code)
);
create index tank_enterprise_idx on tank (enterprise_id);

-- What each unit holds: the design maximum quantity in tonnes (GB 18218-2018 4.2.2), entered directly, or, for a
-- tank farm, derived from its tanks holding the chemical (volume × density × maximum fill ratio) when null.
create table inventory_item
(
    id                uuid           not null primary key,
    enterprise_id     uuid           not null references enterprise (id),
    unit_id           uuid           not null references hazard_unit (id) on delete cascade,
    chemical_id       uuid           not null references chemical (id),
    design_max_tonnes numeric(14, 4) check (design_max_tonnes >= 0),
    unique (unit_id, chemical_id)
);
create index inventory_item_enterprise_idx on inventory_item (enterprise_id);
