-- The scope list is parsed once per statement, not once per row (docs/benchmarks.md, "Row-level security"):
-- chemsafe_scope_permits(enterprise_id) of V1_0_1 parses chemsafe.scope for every row it checks, which made a count
-- over 25,000 rows of a 500-enterprise district take seconds. Policies now read
--   using (chemsafe_scope_permits(enterprise_id, (select chemsafe_scope_ids())))
-- where the uncorrelated sub-select becomes an InitPlan, evaluated once per statement. Each module re-creates its
-- own policies in this form; the one-argument function stays for the history of migrations that name it.

-- The enterprises of the connection's scope; null when every enterprise is permitted (no setting, or '*').
create function chemsafe_scope_ids() returns uuid[]
    language sql stable parallel safe as
$$
select case coalesce(current_setting('chemsafe.scope', true), '')
           when '' then null
           when '*' then null
           else string_to_array(current_setting('chemsafe.scope', true), ',')::uuid[]
       end
$$;

-- Whether a row of the enterprise is inside the scope given as chemsafe_scope_ids() answered it (null: every
-- enterprise). The body names scope_ids once, so PostgreSQL inlines the function even though the policy passes a
-- sub-select: "x = any (null)" is null, and "is not false" turns that into true; the ids never contain a null.
create function chemsafe_scope_permits(row_enterprise_id uuid, scope_ids uuid[]) returns boolean
    language sql immutable parallel safe as
$$
select (row_enterprise_id = any (scope_ids)) is not false
$$;
