-- GB 30871-2022 Table B.1 note 1: each enterprise may bind the functions that sign the permits' chains (作业负责人,
-- 所在单位, 安全管理部门, the Table B.1 approvers, ...) to roles of its own organisation. A row replaces the function's
-- default roles for that enterprise; roles are named by code (the identity module's), without a foreign key.
create table permit_signing_role (
    enterprise_id uuid        not null,
    function      varchar(48) not null,
    role_codes    text[]      not null,
    updated_by    varchar(64) not null,
    updated_at    timestamptz not null,
    primary key (enterprise_id, function)
);

alter table permit_signing_role enable row level security;
alter table permit_signing_role force row level security;
create policy tenant_scope on permit_signing_role
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
