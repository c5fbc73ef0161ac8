-- The major hazard module keeps to its own tables (issue 6): no foreign key, cascade or join into the enterprise
-- module. Units are known from the HazardUnitChanged event (code, name, kind) in a read model of this module, and
-- the list reads a source's current figures from the source row, not from the assessment history.
alter table unit_exposure drop constraint if exists unit_exposure_unit_id_fkey;

-- The module's view of a hazard unit: what the enterprise module last said of it, and the unit's current assessment
-- with the fingerprint of its inputs and result, so that a replayed event that changes nothing adds no history row.
create table major_hazard_unit
(
    unit_id       uuid        not null primary key,
    enterprise_id uuid        not null,
    code          varchar(32) not null,
    name          varchar(64) not null,
    kind          varchar(16) not null,
    removed       boolean     not null default false,
    assessment_id bigint references unit_assessment (id),
    fingerprint   varchar(64),
    updated_at    timestamp with time zone not null default now()
);
create index major_hazard_unit_enterprise_idx on major_hazard_unit (enterprise_id);

-- Filled from what this module already stored: the registered sources' copies of their units, with each unit's
-- latest assessment (no fingerprint yet: the next assessment is always kept). Other units join at their next
-- assessment or HazardUnitChanged.
insert into major_hazard_unit (unit_id, enterprise_id, code, name, kind, assessment_id)
select s.unit_id, s.enterprise_id, s.unit_code, s.unit_name, s.unit_kind,
       (select a.id from unit_assessment a where a.unit_id = s.unit_id order by a.assessed_at desc, a.id desc limit 1)
from major_hazard_source s;

-- The source row carries its current figures (S, R and level already; now when and whether complete), and names
-- its unit through the read model instead of copies that went stale on a rename.
alter table major_hazard_source
    add column assessed_at         timestamp with time zone,
    add column assessment_complete boolean;
update major_hazard_source s
set assessed_at = a.assessed_at, assessment_complete = a.complete
from unit_assessment a
where a.id = s.assessment_id;
alter table major_hazard_source
    alter column assessed_at set not null,
    alter column assessment_complete set not null,
    drop column unit_code,
    drop column unit_name,
    drop column unit_kind,
    add constraint major_hazard_source_unit_fkey foreign key (unit_id) references major_hazard_unit (unit_id);

-- The list's order (status, level with unleveled first, R descending, id), whole platform or per enterprise.
drop index major_hazard_source_enterprise_idx;
create index major_hazard_source_list_idx
    on major_hazard_source (status, level nulls first, r desc nulls last, id);
create index major_hazard_source_enterprise_idx
    on major_hazard_source (enterprise_id, status, level nulls first, r desc nulls last, id);

-- Accountable people carry their enterprise like every other enterprise-owned row (scoped reads, row-level security).
alter table accountable_person add column enterprise_id uuid;
update accountable_person p
set enterprise_id = s.enterprise_id
from major_hazard_source s
where s.id = p.source_id;
alter table accountable_person alter column enterprise_id set not null;
