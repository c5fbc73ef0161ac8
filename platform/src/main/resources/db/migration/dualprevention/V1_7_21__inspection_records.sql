-- Inspection records (隐患排查记录, national Dpm_MeasuresTaskRecord, domain file §2.1): one per occurrence of an
-- inspection task, named by the task and the start of its due window. check_status holds the national checkStatus
-- of a record (0 正常, 1 存在隐患, 3 其他); 2 未排查 is an occurrence without a record, judged when read. check_time
-- is the time on the device when the check was done (a record sent after a dead zone arrives hours later, at
-- received_at); client_id is the device's id for the record, so a resend finds the first one.
alter table inspection_task add column assignee_id uuid;
create index inspection_task_assignee on inspection_task (assignee_id, id) where assignee_id is not null;

create table inspection_record (
    id              uuid primary key,
    enterprise_id   uuid          not null,
    check_task_id   uuid          not null references inspection_task (id),
    window_start    timestamptz   not null,
    window_end      timestamptz   not null,
    client_id       uuid          not null,
    check_status    smallint      not null check (check_status in (0, 1, 3)),
    check_time      timestamptz   not null,
    received_at     timestamptz   not null,
    comment         varchar(2000),
    photos          uuid[]        not null,
    latitude        numeric(9, 6) check (latitude between -90 and 90),
    longitude       numeric(9, 6) check (longitude between -180 and 180),
    site_x          numeric(9, 2),
    site_y          numeric(9, 2),
    checkpoint_code varchar(200),
    recorded_by     uuid          not null,
    recorder_name   varchar(64)   not null,
    constraint inspection_record_client unique (enterprise_id, client_id),
    constraint inspection_record_occurrence unique (check_task_id, window_start)
);
create index inspection_record_list on inspection_record (enterprise_id, check_time desc, id);

alter table inspection_record enable row level security;
alter table inspection_record force row level security;
create policy tenant_scope on inspection_record
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));

-- A hidden danger found by a check names its record (national checkRecordId).
alter table hidden_danger add column check_record_id uuid references inspection_record (id);
create index hidden_danger_record on hidden_danger (check_record_id) where check_record_id is not null;
