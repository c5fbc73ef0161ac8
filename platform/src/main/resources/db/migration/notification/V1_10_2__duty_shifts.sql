-- The enterprises' duty shifts (值班安排): who is on duty from when to when. The notices meant for the people on duty
-- (operators, shift leaders) go to those of them on the shift covering the notice's time. The members are users of
-- the enterprise (identity's; no foreign key across modules).
create table notification_duty_shift (
    id            uuid          primary key,
    enterprise_id uuid          not null,
    name          varchar(64)   not null,
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null,
    member_ids    uuid[]        not null,
    updated_at    timestamptz   not null,
    check (ends_at > starts_at)
);
create index notification_duty_shift_time_idx on notification_duty_shift (enterprise_id, starts_at, ends_at);

alter table notification_duty_shift enable row level security;
alter table notification_duty_shift force row level security;
create policy tenant_scope on notification_duty_shift
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
