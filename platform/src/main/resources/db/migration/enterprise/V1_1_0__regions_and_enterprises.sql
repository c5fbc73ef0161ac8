-- Administrative regions: province → city → district → town (镇/街道). Codes are GB/T 2260 six-digit codes for
-- province, city and district; towns carry the nine-digit township code (district code + three digits).
create table region
(
    code        varchar(12)  not null primary key,
    name        varchar(64)  not null,
    level       varchar(16)  not null check (level in ('PROVINCE', 'CITY', 'DISTRICT', 'TOWN')),
    parent_code varchar(12) references region (code),
    -- materialised path of codes from the province down, separated by '.', for subtree queries
    path        varchar(128) not null unique,
    sort_order  int          not null default 0
);
create index region_parent_idx on region (parent_code);
create index region_path_pattern_idx on region (path varchar_pattern_ops);

-- Enterprises are the tenants: every enterprise-owned row elsewhere carries enterprise_id.
create table enterprise
(
    id                          uuid         not null primary key,
    name                        varchar(128) not null unique,
    unified_social_credit_code  varchar(18) unique,
    kinds                       varchar(32)[] not null default '{}',
    region_code                 varchar(12)  not null references region (code),
    address                     varchar(256),
    created_at                  timestamp with time zone not null default now()
);
create index enterprise_region_idx on enterprise (region_code);
