-- The plant days whose round reminders (今日巡检) were told: one row per day, written with the reminders' events, so
-- each day's reminders go out once across restarts and nodes.
create table dual_prevention_round_reminder (
    day     date        primary key,
    sent_at timestamptz not null
);
