-- How far the missed-inspection pass has looked: occurrences whose windows closed up to this moment have been told to
-- the alarm centre (one row), so a restart neither repeats nor skips them.
create table inspection_missed_watermark (
    id            smallint    primary key check (id = 1),
    checked_until timestamptz not null
);
