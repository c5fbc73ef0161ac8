-- The escalation ladder per enterprise and severity (a row only where the enterprise changed the defaults, which are
-- in code: EscalationLadder.standard), and each open alarm's progress on it: the step reached (0: the raise was
-- notified; 1..3: the ladder's steps), when people were last told, and whether it was escalated for standing active
-- too long. Kept so that a restart sends nothing twice.
create table alarm_ladder (
    enterprise_id        uuid        not null,
    severity             varchar(16) not null,
    first_minutes        integer     not null check (first_minutes > 0),
    second_minutes       integer     not null,
    third_minutes        integer,
    reminder_minutes     integer     check (reminder_minutes is null or reminder_minutes > 0),
    active_limit_minutes integer     check (active_limit_minutes is null or active_limit_minutes > 0),
    updated_at           timestamptz not null,
    primary key (enterprise_id, severity),
    check (second_minutes > first_minutes),
    check (third_minutes is null or third_minutes > second_minutes)
);

create table alarm_escalation (
    alarm_id        uuid        primary key references alarm (id),
    enterprise_id   uuid        not null,
    step            smallint    not null check (step between 0 and 3),
    last_notice_at  timestamptz not null,
    active_too_long boolean     not null
);

alter table alarm_ladder enable row level security;
alter table alarm_ladder force row level security;
create policy tenant_scope on alarm_ladder
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table alarm_escalation enable row level security;
alter table alarm_escalation force row level security;
create policy tenant_scope on alarm_escalation
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
