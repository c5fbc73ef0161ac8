-- Special-work permits (GB 30871-2022) and their records. Each record (application, signature, gas analysis, start,
-- suspension, ...) stores the exact text it was hashed from and the SM3 hash chained over the previous record's, so
-- a later change of a record, or of the permit's own fields, is detected (4.18: permits must not be altered).
create table work_permit (
    id             uuid primary key,
    enterprise_id  uuid         not null,
    number         varchar(32)  not null,
    type           varchar(32)  not null,
    grade          varchar(16),
    status         varchar(24)  not null,
    location       varchar(200) not null,
    content        varchar(500) not null,
    planned_start  timestamptz  not null,
    planned_end    timestamptz  not null,
    applicant_id   uuid         not null,
    applicant_name varchar(64)  not null,
    applied_at     timestamptz  not null,
    record_count   integer      not null,
    chain_head     char(64)     not null,
    unique (enterprise_id, number)
);
create index work_permit_list_idx on work_permit (enterprise_id, applied_at desc, id);

create table permit_record (
    permit_id     uuid        not null references work_permit (id),
    seq           integer     not null,
    enterprise_id uuid        not null,
    kind          varchar(24) not null,
    actor_id      uuid        not null,
    actor_name    varchar(64) not null,
    recorded_at   timestamptz not null,
    body          text        not null,
    previous_hash char(64)    not null,
    hash          char(64)    not null,
    primary key (permit_id, seq)
);

alter table work_permit enable row level security;
alter table work_permit force row level security;
create policy tenant_scope on work_permit
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table permit_record enable row level security;
alter table permit_record force row level security;
create policy tenant_scope on permit_record
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
