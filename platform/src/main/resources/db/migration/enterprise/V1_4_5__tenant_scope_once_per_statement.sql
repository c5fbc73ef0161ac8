-- The tenant_scope policies of V1_4_4, with the scope parsed once per statement (see shared's V1_0_2).
drop policy tenant_scope on site;
create policy tenant_scope on site using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on area;
create policy tenant_scope on area using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on hazard_unit;
create policy tenant_scope on hazard_unit
    using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on tank;
create policy tenant_scope on tank using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on inventory_item;
create policy tenant_scope on inventory_item
    using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on chemical;
create policy tenant_scope on chemical
    using (enterprise_id is null or chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())))
    with check (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
