-- Row-level security backstop (issue 6): even a query that forgets the caller's scope sees only the rows of the
-- enterprises in chemsafe.scope (set on every connection by shared.db.TenantScopeDataSource; '*' for the platform's
-- own work). FORCE makes the tables' owner subject to the policies too; superusers and BYPASSRLS roles never are.
-- Not covered: enterprise and region (the tenant list itself: supervisors register enterprises and every module
-- names them), hazardous_process (reference data) and production_status_change (reached only through its unit).
alter table site enable row level security;
alter table site force row level security;
create policy tenant_scope on site using (chemsafe_scope_permits(enterprise_id));

alter table area enable row level security;
alter table area force row level security;
create policy tenant_scope on area using (chemsafe_scope_permits(enterprise_id));

alter table hazard_unit enable row level security;
alter table hazard_unit force row level security;
create policy tenant_scope on hazard_unit using (chemsafe_scope_permits(enterprise_id));

alter table tank enable row level security;
alter table tank force row level security;
create policy tenant_scope on tank using (chemsafe_scope_permits(enterprise_id));

alter table inventory_item enable row level security;
alter table inventory_item force row level security;
create policy tenant_scope on inventory_item using (chemsafe_scope_permits(enterprise_id));

-- GB 18218 Table 1 rows (enterprise_id null) are everyone's to read; only the platform's own work writes them.
alter table chemical enable row level security;
alter table chemical force row level security;
create policy tenant_scope on chemical
    using (enterprise_id is null or chemsafe_scope_permits(enterprise_id))
    with check (chemsafe_scope_permits(enterprise_id));
