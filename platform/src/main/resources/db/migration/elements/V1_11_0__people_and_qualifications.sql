-- All-element safety management, its first part: the people who work at the enterprise (its own staff and its
-- contractors' workers) and their qualifications: special-operation certificates (特种作业操作证 and the crane
-- operators' 特种设备作业人员证) and training records (监护人培训 and others), each valid until a day, with a scanned
-- copy. Special-work permits check them (GB 30871-2022 4.10: a trained guardian; certified workers).
create table element_person (
    id            uuid         primary key,
    enterprise_id uuid         not null,
    name          varchar(64)  not null,
    employee_no   varchar(32),
    department    varchar(64),
    phone         varchar(32),
    contractor    varchar(100),
    enabled       boolean      not null,
    updated_at    timestamptz  not null
);
create unique index element_person_employee_no_key on element_person (enterprise_id, employee_no)
    where employee_no is not null;
create index element_person_name_idx on element_person (enterprise_id, name);

create table element_qualification (
    id            uuid         primary key,
    enterprise_id uuid         not null,
    person_id     uuid         not null references element_person (id) on delete cascade,
    kind          varchar(32)  not null,
    number        varchar(64)  not null,
    issuer        varchar(100),
    issued_on     date,
    valid_until   date         not null,
    scan          bytea,
    scan_type     varchar(32),
    updated_at    timestamptz  not null,
    check (issued_on is null or issued_on <= valid_until)
);
create index element_qualification_person_idx on element_qualification (person_id);
create index element_qualification_valid_idx on element_qualification (enterprise_id, valid_until);

alter table element_person enable row level security;
alter table element_person force row level security;
create policy tenant_scope on element_person
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table element_qualification enable row level security;
alter table element_qualification force row level security;
create policy tenant_scope on element_qualification
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
