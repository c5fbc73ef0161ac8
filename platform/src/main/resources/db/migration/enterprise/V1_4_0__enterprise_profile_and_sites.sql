-- The enterprise profile (企业基本信息).
alter table enterprise
    add column hazchem_registration_code varchar(9) unique check (hazchem_registration_code ~ '^[0-9]{9}$'),
    add column longitude                 numeric(9, 6) check (longitude between -180 and 180),
    add column latitude                  numeric(8, 6) check (latitude between -90 and 90),
    add column principal_name            varchar(32),
    add column principal_phone           varchar(32),
    add column safety_director_name      varchar(32),
    add column safety_director_phone     varchar(32),
    add column standardization_level     varchar(16) not null default 'NONE'
        check (standardization_level in ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'NONE')),
    add column status                    varchar(16) not null default 'OPERATING'
        check (status in ('OPERATING', 'SUSPENDED', 'CLOSED')),
    add column updated_at                timestamp with time zone not null default now(),
    add constraint enterprise_uscc_shape check (unified_social_credit_code ~ '^[0-9A-HJ-NPQRTUW-Y]{18}$');

-- A site (厂区) with its plan image, calibrated to local metre coordinates by two reference points.
create table site
(
    id                 uuid        not null primary key,
    enterprise_id      uuid        not null references enterprise (id),
    name               varchar(64) not null,
    plan_image         bytea,
    plan_content_type  varchar(16) check (plan_content_type in ('image/png', 'image/jpeg')),
    plan_width_px      int check (plan_width_px > 0),
    plan_height_px     int check (plan_height_px > 0),
    -- calibration: pixel (px, py; y downwards) ↔ local metres (x east, y north) for two reference points
    calibration        jsonb,
    created_at         timestamp with time zone not null default now(),
    unique (enterprise_id, name)
);
create index site_enterprise_idx on site (enterprise_id);

-- Areas drawn on the site plan; polygons in local metres as [[x, y], ...] (ring not repeated).
create table area
(
    id                     uuid        not null primary key,
    enterprise_id          uuid        not null references enterprise (id),
    site_id                uuid        not null references site (id) on delete cascade,
    name                   varchar(64) not null,
    kind                   varchar(16) not null check (kind in ('PRODUCTION', 'STORAGE', 'LOADING', 'OFFICE', 'OTHER')),
    fire_explosion_hazard  boolean     not null default false,
    polygon                jsonb       not null,
    area_m2                numeric(12, 2) not null check (area_m2 > 0),
    unique (site_id, name)
);
create index area_enterprise_idx on area (enterprise_id);
