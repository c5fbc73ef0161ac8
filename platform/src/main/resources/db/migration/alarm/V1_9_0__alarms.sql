-- The alarm centre's alarms: one open (not closed) alarm per originator and alarm type, kept unique by a partial
-- index; its ISA-18.2 state (active and acknowledged independent, shelf with reason and expiry, suppression by
-- design), condition and severity (the highest reached), occurrences, event times, the related objects it concerns
-- as 'KIND:uuid' (no foreign key: they live in other modules) and, once disposed, the disposal record (销警).
create table alarm (
    id                   uuid primary key,
    enterprise_id        uuid          not null,
    originator_type      varchar(16)   not null,
    originator_id        uuid          not null,
    type                 varchar(32)   not null,
    condition            varchar(16)   not null,
    severity             varchar(16)   not null,
    gas_level            smallint,
    links                text[]        not null,
    active               boolean       not null,
    acknowledged         boolean       not null,
    shelve_reason        varchar(500),
    shelved_until        timestamptz,
    suppressed_by        varchar(200),
    closed               boolean       not null,
    occurrences          integer       not null,
    first_raised_at      timestamptz   not null,
    last_seen_at         timestamptz   not null,
    updated_at           timestamptz   not null,
    disposal_cause       varchar(32),
    disposal_measures    varchar(2000),
    disposal_attachments text[],
    disposed_by_id       uuid,
    disposed_by_name     varchar(100),
    disposed_at          timestamptz,
    check ((shelve_reason is null) = (shelved_until is null)),
    check (not closed or (not active and acknowledged and disposed_at is not null))
);
create unique index alarm_open_key on alarm (originator_type, originator_id, type) where not closed;
create index alarm_enterprise_raised_idx on alarm (enterprise_id, first_raised_at desc, id);
create index alarm_raised_idx on alarm (first_raised_at desc, id);
create index alarm_shelved_until_idx on alarm (shelved_until) where shelved_until is not null;

-- Every transition of an alarm, with who (null actor: the platform, e.g. a rule or an expired shelf) and when (the
-- event's time for raises and returns), and the condition and severity after it. Append-only.
create table alarm_transition (
    id            bigint generated always as identity primary key,
    alarm_id      uuid          not null references alarm (id),
    enterprise_id uuid          not null,
    kind          varchar(16)   not null,
    at            timestamptz   not null,
    actor_id      uuid,
    actor_name    varchar(100)  not null,
    condition     varchar(16)   not null,
    severity      varchar(16)   not null,
    comment       varchar(2000)
);
create index alarm_transition_alarm_idx on alarm_transition (alarm_id, id);

create function alarm_transition_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'alarm_transition is append-only';
end;
$$;
create trigger alarm_transition_append_only
    before update or delete on alarm_transition
    for each row execute function alarm_transition_is_append_only();
create trigger alarm_transition_no_truncate
    before truncate on alarm_transition
    for each statement execute function alarm_transition_is_append_only();

alter table alarm enable row level security;
alter table alarm force row level security;
create policy tenant_scope on alarm
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table alarm_transition enable row level security;
alter table alarm_transition force row level security;
create policy tenant_scope on alarm_transition
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
