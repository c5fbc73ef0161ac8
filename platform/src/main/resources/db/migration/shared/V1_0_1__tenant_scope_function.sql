-- Row-level security backstop: the platform sets chemsafe.scope on each connection it hands out
-- ('*' = every enterprise, else a comma-separated list of enterprise ids). Without the setting (Flyway, psql)
-- nothing is filtered. Modules add policies on their enterprise-owned tables:
--   alter table t enable row level security; alter table t force row level security;
--   create policy tenant_scope on t using (chemsafe_scope_permits(enterprise_id));
create function chemsafe_scope_permits(row_enterprise_id uuid) returns boolean
    language sql stable parallel safe as
$$
select case coalesce(current_setting('chemsafe.scope', true), '')
           when '' then true
           when '*' then true
           else row_enterprise_id = any (string_to_array(current_setting('chemsafe.scope', true), ',')::uuid[])
       end
$$;
