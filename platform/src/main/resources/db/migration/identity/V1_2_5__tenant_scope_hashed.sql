-- The tenant_scope policies, with the scope looked up in a hash built once per statement: "x = any (array)" compares
-- a row with every id in turn (PostgreSQL hashes only constant arrays), "x in (select unnest(...))" is a hashed
-- SubPlan. See docs/architecture.md, "Row-level security".
drop policy tenant_scope on api_token;
create policy tenant_scope on api_token
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
drop policy tenant_scope on audit_event;
create policy tenant_scope on audit_event
    using (enterprise_id is null or (select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
