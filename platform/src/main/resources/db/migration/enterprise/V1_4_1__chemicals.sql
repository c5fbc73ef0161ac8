-- The chemicals catalogue (化学品目录): the rows of GB 18218-2018 Table 1 (reference rows: enterprise_id null,
-- brought in line with the table on the classpath on every start, read-only in the API) and the chemicals each
-- enterprise defines. The application checks the same rules first and answers them as problems; these constraints
-- are the last line.

-- Whether every element matches the pattern.
create function chemical_all_match(elements varchar[], pattern text) returns boolean
    language sql immutable strict as
$$
select coalesce(bool_and(element ~ pattern), true) from unnest(elements) as element
$$;

-- Whether every element is a CAS number nnnnnnn-nn-n whose last digit is the check digit: the sum of the other
-- digits, each times its position counted from the right (1 for the digit left of the check digit), mod 10.
create function chemical_cas_numbers_valid(numbers varchar[]) returns boolean
    language sql immutable strict as
$$
select coalesce(bool_and(
           case
               when cas !~ '^[0-9]{2,7}-[0-9]{2}-[0-9]$' then false
               else (select sum(substr(digits, length(digits) - position + 1, 1)::int * position)
                     from (select replace(left(cas, -2), '-', '') as digits) as registry,
                          generate_series(1, length(digits)) as position) % 10 = right(cas, 1)::int
           end), true)
from unnest(numbers) as cas
$$;

create table chemical
(
    id                    uuid          not null primary key,
    -- the owning enterprise; null for a reference row
    enterprise_id         uuid references enterprise (id),
    -- a reference row's Table 1 row number (序号), the key it is kept in line by
    gb18218_seq           int unique check (gb18218_seq > 0),
    -- the Table 1 row an enterprise row links to, inheriting its name, aliases, CAS numbers and critical quantity
    reference_chemical_id uuid references chemical (id),
    name                  varchar(64) check (btrim(name) <> ''),
    aliases               varchar(64)[] not null default '{}' check (chemical_all_match(aliases, '\S')),
    cas_numbers           varchar(12)[] not null default '{}' check (chemical_cas_numbers_valid(cas_numbers)),
    -- Table 1 critical quantity Q in tonnes (reference rows only)
    critical_tonnes       numeric check (critical_tonnes > 0),
    -- GB 18218-2018 Table 2 codes (J1…W11); which codes exist is reference data the application checks
    hazard_categories     varchar(8)[]  not null default '{}'
        check (chemical_all_match(hazard_categories, '^(J[0-9]|W[0-9]{1,2}(\.[0-9])?)$')),
    key_supervised        boolean       not null default false, -- 重点监管危险化学品
    highly_toxic          boolean       not null default false, -- 剧毒化学品
    explosive_precursor   boolean       not null default false, -- 易制爆危险化学品
    density               numeric check (density > 0),                 -- t/m³
    lel                   numeric check (lel > 0 and lel <= 100),      -- lower explosive limit, % by volume
    pc_twa                numeric check (pc_twa >= 0),                 -- mg/m³
    pc_stel               numeric check (pc_stel >= 0),                -- mg/m³
    mac                   numeric check (mac >= 0),                    -- mg/m³
    created_at            timestamp with time zone not null default now(),
    updated_at            timestamp with time zone not null default now(),
    -- a reference row is exactly what Table 1 says: a row number, a name and Q, nothing an enterprise records
    constraint chemical_reference_row check (enterprise_id is not null or (
        gb18218_seq is not null and name is not null and critical_tonnes is not null
        and reference_chemical_id is null and hazard_categories = '{}'
        and not (key_supervised or highly_toxic or explosive_precursor)
        and density is null and lel is null and pc_twa is null and pc_stel is null and mac is null)),
    -- an enterprise row has at most one CAS number and either names itself or links to Table 1, never both
    constraint chemical_enterprise_row check (enterprise_id is null or (
        gb18218_seq is null and critical_tonnes is null and cardinality(cas_numbers) <= 1
        and ((reference_chemical_id is null and name is not null)
            or (reference_chemical_id is not null and name is null and cas_numbers = '{}'))))
);
create unique index chemical_enterprise_name_idx on chemical (enterprise_id, name) where enterprise_id is not null;
create unique index chemical_enterprise_reference_idx on chemical (enterprise_id, reference_chemical_id)
    where reference_chemical_id is not null;
create index chemical_name_idx on chemical (name);
create index chemical_alias_idx on chemical using gin (aliases);
create index chemical_cas_idx on chemical using gin (cas_numbers);
