-- The tenant_scope policies, with the scope looked up in a hash built once per statement: "x = any (array)" compares
-- a row with every id in turn (PostgreSQL hashes only constant arrays), "x in (select unnest(...))" is a hashed
-- SubPlan. See docs/architecture.md, "Row-level security".
drop policy tenant_scope on unit_exposure;
create policy tenant_scope on unit_exposure
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on unit_assessment;
create policy tenant_scope on unit_assessment
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on major_hazard_unit;
create policy tenant_scope on major_hazard_unit
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on major_hazard_source;
create policy tenant_scope on major_hazard_source
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on accountable_person;
create policy tenant_scope on accountable_person
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
