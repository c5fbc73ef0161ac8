-- Permissions are fine-grained codes. Each module declares its own and their default roles in code (ModulePermissions);
-- identity synchronises these tables with the declarations at start-up.
create table permission
(
    code        varchar(64)  not null primary key,
    description varchar(256) not null
);

-- Roles apply to one kind of data scope: platform, region or enterprise.
create table role
(
    code       varchar(32) not null primary key,
    name_zh    varchar(64) not null,
    name_en    varchar(64) not null,
    scope_kind varchar(16) not null check (scope_kind in ('PLATFORM', 'REGION', 'ENTERPRISE')),
    sort_order int         not null default 0
);

create table role_permission
(
    role_code       varchar(32) not null references role (code),
    permission_code varchar(64) not null references permission (code),
    primary key (role_code, permission_code)
);

create table user_account
(
    id                  uuid         not null primary key,
    username            varchar(64)  not null,
    display_name        varchar(64)  not null,
    phone               varchar(32),
    password_hash       varchar(255) not null,
    enabled             boolean      not null default true,
    -- exactly one data scope
    scope_kind          varchar(16)  not null check (scope_kind in ('PLATFORM', 'REGION', 'ENTERPRISE')),
    scope_region_code   varchar(12),
    scope_enterprise_id uuid,
    failed_attempts     int          not null default 0,
    locked_until        timestamp with time zone,
    created_at          timestamp with time zone not null default now(),
    last_login_at       timestamp with time zone,
    constraint user_scope_shape check (
        (scope_kind = 'PLATFORM' and scope_region_code is null and scope_enterprise_id is null) or
        (scope_kind = 'REGION' and scope_region_code is not null and scope_enterprise_id is null) or
        (scope_kind = 'ENTERPRISE' and scope_enterprise_id is not null and scope_region_code is null))
);
create unique index user_account_username_idx on user_account (lower(username));
create index user_account_enterprise_idx on user_account (scope_enterprise_id);
create index user_account_region_idx on user_account (scope_region_code);

create table user_role
(
    user_id   uuid        not null references user_account (id) on delete cascade,
    role_code varchar(32) not null references role (code),
    primary key (user_id, role_code)
);

-- API tokens for machine clients: one enterprise, one purpose, stored as a SHA-256 hash.
create table api_token
(
    id            uuid         not null primary key,
    name          varchar(64)  not null,
    purpose       varchar(16)  not null,
    enterprise_id uuid         not null,
    token_hash    char(64)     not null unique,
    prefix        varchar(16)  not null,
    created_by    varchar(64)  not null,
    created_at    timestamp with time zone not null default now(),
    expires_at    timestamp with time zone,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);
create index api_token_enterprise_idx on api_token (enterprise_id);

-- The audit log: append-only (a trigger refuses updates and deletes).
create table audit_event
(
    id                  bigserial    not null primary key,
    occurred_at         timestamp with time zone not null default now(),
    actor_kind          varchar(16),
    actor_id            uuid,
    actor_name          varchar(64),
    actor_scope_kind    varchar(16),
    actor_region_code   varchar(12),
    -- the enterprise the action concerns (the actor's, for enterprise users and tokens)
    enterprise_id       uuid,
    action              varchar(160) not null,
    resource            varchar(512),
    outcome             varchar(16)  not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    http_status         int,
    client_address      varchar(64),
    detail              varchar(512)
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_enterprise_idx on audit_event (enterprise_id, occurred_at desc);
create index audit_event_region_idx on audit_event (actor_region_code, occurred_at desc);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

insert into permission (code, description) values
    ('user:read', 'See users within the scope'),
    ('user:write', 'Create and change users within the scope'),
    ('audit:read', 'Search the audit log within the scope'),
    ('audit:export', 'Export the audit log to Excel'),
    ('api-token:manage', 'Create and revoke API tokens of the enterprise');

insert into role (code, name_zh, name_en, scope_kind, sort_order) values
    ('PLATFORM_ADMIN', '平台管理员', 'Platform administrator', 'PLATFORM', 1),
    ('REGION_SUPERVISOR', '区域监管人员', 'Region supervisor', 'REGION', 2),
    ('ENTERPRISE_PRINCIPAL', '主要负责人', 'Enterprise principal', 'ENTERPRISE', 3),
    ('SAFETY_MANAGER', '安全管理人员', 'Safety manager', 'ENTERPRISE', 4),
    ('SHIFT_LEADER', '班长', 'Shift leader', 'ENTERPRISE', 5),
    ('OPERATOR', '操作人员', 'Operator', 'ENTERPRISE', 6),
    ('CONTRACTOR', '承包商人员', 'Contractor', 'ENTERPRISE', 7);

insert into role_permission (role_code, permission_code) values
    ('PLATFORM_ADMIN', 'user:read'), ('PLATFORM_ADMIN', 'user:write'),
    ('PLATFORM_ADMIN', 'audit:read'), ('PLATFORM_ADMIN', 'audit:export'), ('PLATFORM_ADMIN', 'api-token:manage'),
    ('REGION_SUPERVISOR', 'user:read'), ('REGION_SUPERVISOR', 'user:write'),
    ('REGION_SUPERVISOR', 'audit:read'), ('REGION_SUPERVISOR', 'audit:export'),
    ('ENTERPRISE_PRINCIPAL', 'user:read'), ('ENTERPRISE_PRINCIPAL', 'user:write'),
    ('ENTERPRISE_PRINCIPAL', 'audit:read'), ('ENTERPRISE_PRINCIPAL', 'audit:export'),
    ('ENTERPRISE_PRINCIPAL', 'api-token:manage'),
    ('SAFETY_MANAGER', 'user:read'), ('SAFETY_MANAGER', 'user:write'),
    ('SAFETY_MANAGER', 'audit:read'), ('SAFETY_MANAGER', 'audit:export'), ('SAFETY_MANAGER', 'api-token:manage'),
    ('SHIFT_LEADER', 'user:read');
