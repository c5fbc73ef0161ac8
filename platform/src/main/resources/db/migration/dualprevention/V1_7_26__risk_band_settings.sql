-- An enterprise's own risk criteria (风险判定准则): the level bands of a method that replace the platform's defaults
-- (dualprevention/risk-bands.csv) for its assessments. No row: the defaults.
create table risk_band_setting (
    enterprise_id uuid        not null,
    method        varchar(8)  not null,
    bands         jsonb       not null,
    updated_at    timestamptz not null,
    updated_by    uuid        not null,
    primary key (enterprise_id, method)
);

alter table risk_band_setting enable row level security;
alter table risk_band_setting force row level security;
create policy tenant_scope on risk_band_setting
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
