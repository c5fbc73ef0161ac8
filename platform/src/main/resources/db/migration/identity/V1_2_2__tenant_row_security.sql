-- Row-level security backstop (issue 6), see enterprise's V1_4_4 and shared's V1_0_1.
-- api_token: one enterprise each. audit_event: entries concerning an enterprise are that enterprise's; entries
-- without one (government and platform users, failed sign-ins) pass the policy and are narrowed by region in the
-- scoped SQL. user_account is not covered: the username check must see every account (names are unique across
-- enterprises), and government and platform accounts carry no enterprise id (they are scoped by region code, which
-- the enterprise list in chemsafe.scope cannot express); its scoped SQL (RegionScopedJdbc) is its guard.
alter table api_token enable row level security;
alter table api_token force row level security;
create policy tenant_scope on api_token using (chemsafe_scope_permits(enterprise_id));

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy tenant_scope on audit_event using (enterprise_id is null or chemsafe_scope_permits(enterprise_id));
