-- What relates permits to each other (GB 30871-2022 4.6, 4.7, 4.10, 7.6, 7.11, 10.8): the guardian, the cross-work
-- coordinator, the place (registry area, position on the site plan in metres), the line of a blind plate, hot work
-- inside a confined space, the fire/explosion flag of the grading facts, and the linked permits of the same job.
-- Permits applied for before have an empty guardian: the rules skip what a permit does not say.
alter table work_permit
    add column guardian              varchar(64)      not null default '',
    add column coordinator           varchar(64),
    add column area_id               uuid,
    add column site_id               uuid,
    add column x                     double precision,
    add column y                     double precision,
    add column pipeline              varchar(64),
    add column inside_confined_space boolean          not null default false,
    add column fire_explosion_area   boolean          not null default false,
    add column linked_permit_ids     uuid[]           not null default '{}';
alter table work_permit alter column guardian drop default;

-- the live permits of an enterprise overlapping a period, for the conflict rules
create index work_permit_live_idx on work_permit (enterprise_id, planned_start, planned_end)
    where status in ('APPLIED', 'APPROVED', 'IN_PROGRESS', 'SUSPENDED');
