-- Row-level security backstop (issue 6) on every major hazard table carrying enterprise_id: a row is visible only
-- when the connection's chemsafe.scope permits its enterprise (see chemsafe_scope_permits in V1_0_1).
alter table unit_exposure enable row level security;
alter table unit_exposure force row level security;
create policy tenant_scope on unit_exposure using (chemsafe_scope_permits(enterprise_id));

alter table unit_assessment enable row level security;
alter table unit_assessment force row level security;
create policy tenant_scope on unit_assessment using (chemsafe_scope_permits(enterprise_id));

alter table major_hazard_unit enable row level security;
alter table major_hazard_unit force row level security;
create policy tenant_scope on major_hazard_unit using (chemsafe_scope_permits(enterprise_id));

alter table major_hazard_source enable row level security;
alter table major_hazard_source force row level security;
create policy tenant_scope on major_hazard_source using (chemsafe_scope_permits(enterprise_id));

alter table accountable_person enable row level security;
alter table accountable_person force row level security;
create policy tenant_scope on accountable_person using (chemsafe_scope_permits(enterprise_id));
