-- The notification module: every notice the alarm centre published (kept once: a replayed event adds nothing), one
-- delivery per recipient and channel (the browser, e-mail, SMS, an enterprise's webhook) with its state and next
-- attempt, every attempt of a delivery, and the enterprises' webhooks.
create table notification_notice (
    id            uuid         primary key,
    enterprise_id uuid         not null,
    kind          varchar(24)  not null,
    alarm_id      uuid,
    severity      varchar(16)  not null,
    subject       varchar(200) not null,
    body          text         not null,
    at            timestamptz  not null
);
create index notification_notice_enterprise_idx on notification_notice (enterprise_id, at desc);

create table notification_delivery (
    id              uuid         primary key,
    notice_id       uuid         not null references notification_notice (id),
    enterprise_id   uuid         not null,
    channel         varchar(16)  not null check (channel in ('BROWSER', 'EMAIL', 'SMS', 'WEBHOOK')),
    user_id         uuid,
    webhook_id      uuid,
    webhook_format  varchar(16),
    address         varchar(500) not null,
    status          varchar(16)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED', 'NO_SESSION')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    delivered_at    timestamptz
);
create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where status = 'PENDING';
create index notification_delivery_notice_idx on notification_delivery (notice_id);
create index notification_delivery_user_idx on notification_delivery (user_id, created_at desc)
    where channel = 'BROWSER';
create index notification_delivery_enterprise_idx on notification_delivery (enterprise_id, created_at desc);

create table notification_attempt (
    id            bigint generated always as identity primary key,
    delivery_id   uuid         not null references notification_delivery (id),
    enterprise_id uuid         not null,
    at            timestamptz  not null,
    succeeded     boolean      not null,
    error         varchar(500)
);
create index notification_attempt_delivery_idx on notification_attempt (delivery_id);

create table notification_webhook (
    id            uuid         primary key,
    enterprise_id uuid         not null,
    name          varchar(64)  not null,
    format        varchar(16)  not null check (format in ('GENERIC', 'DINGTALK', 'WECOM', 'FEISHU')),
    url           varchar(500) not null,
    min_severity  varchar(16)  not null,
    enabled       boolean      not null,
    updated_at    timestamptz  not null,
    unique (enterprise_id, name)
);

alter table notification_notice enable row level security;
alter table notification_notice force row level security;
create policy tenant_scope on notification_notice
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table notification_delivery enable row level security;
alter table notification_delivery force row level security;
create policy tenant_scope on notification_delivery
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table notification_attempt enable row level security;
alter table notification_attempt force row level security;
create policy tenant_scope on notification_attempt
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
alter table notification_webhook enable row level security;
alter table notification_webhook force row level security;
create policy tenant_scope on notification_webhook
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
