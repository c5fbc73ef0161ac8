-- The tenant_scope policies of V1_5_3, with the scope parsed once per statement (see shared's V1_0_2).
drop policy tenant_scope on unit_exposure;
create policy tenant_scope on unit_exposure
    using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on unit_assessment;
create policy tenant_scope on unit_assessment
    using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on major_hazard_unit;
create policy tenant_scope on major_hazard_unit
    using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on major_hazard_source;
create policy tenant_scope on major_hazard_source
    using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on accountable_person;
create policy tenant_scope on accountable_person
    using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
