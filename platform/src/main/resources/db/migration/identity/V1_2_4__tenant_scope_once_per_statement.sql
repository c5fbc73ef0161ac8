-- The tenant_scope policies of V1_2_2, with the scope parsed once per statement (see shared's V1_0_2).
drop policy tenant_scope on api_token;
create policy tenant_scope on api_token using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
drop policy tenant_scope on audit_event;
create policy tenant_scope on audit_event
    using (enterprise_id is null or chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())));
