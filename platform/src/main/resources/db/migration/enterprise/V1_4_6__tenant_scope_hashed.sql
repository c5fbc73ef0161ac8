-- The tenant_scope policies, with the scope looked up in a hash built once per statement: "x = any (array)" compares
-- a row with every id in turn (PostgreSQL hashes only constant arrays), "x in (select unnest(...))" is a hashed
-- SubPlan. See docs/architecture.md, "Row-level security".
drop policy tenant_scope on site;
create policy tenant_scope on site
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on area;
create policy tenant_scope on area
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on hazard_unit;
create policy tenant_scope on hazard_unit
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on tank;
create policy tenant_scope on tank
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on inventory_item;
create policy tenant_scope on inventory_item
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on chemical;
create policy tenant_scope on chemical
    using (enterprise_id is null or (select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())))
    with check ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
