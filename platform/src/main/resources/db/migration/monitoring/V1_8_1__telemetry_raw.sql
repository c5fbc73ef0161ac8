-- Raw telemetry samples, one row per sample, range-partitioned by day (UTC) so that retention drops whole partitions.
-- The writer creates a day's partition before its first sample. Rows carry the point, not the enterprise: every read
-- goes through the point, which is scoped (a by-id read of another enterprise's point is a 404). quality 0 is good,
-- 1 outside the instrument range.
create table telemetry_raw (
    point_id uuid             not null,
    ts       timestamptz      not null,
    value    double precision not null,
    quality  smallint         not null
) partition by range (ts);
create index telemetry_raw_point_ts_idx on telemetry_raw (point_id, ts);

-- The platform's role may not create tables; the writer asks for a day's partition through this function, which
-- runs as the migrations' owner (the owner's default privileges give the platform's role its rows). Days are UTC.
create function monitoring_raw_partition(day date) returns void
    language plpgsql security definer set search_path = public as $$
begin
    execute format('create table if not exists %I partition of telemetry_raw for values from (%L) to (%L)',
        'telemetry_raw_' || to_char(day, 'YYYYMMDD'), day::timestamp at time zone 'UTC',
        (day + 1)::timestamp at time zone 'UTC');
end
$$;
