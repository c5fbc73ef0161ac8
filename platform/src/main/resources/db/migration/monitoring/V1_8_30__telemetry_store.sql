-- The compressed telemetry store. Acknowledged samples land uncompressed in landing segments; a compactor encodes
-- each sealed segment into per-point, per-hour chunks and rollups and drops the segment in the same transaction.
--
-- Landing: `telemetry_raw` is an empty parent; each segment is a child table telemetry_raw_<seq> (inheritance, so a
-- segment is written directly by COPY and dropped as a whole, and a read of the parent sees every live segment).
-- Segments are cut by arrival, not by sample time: the writer writes only the newest, so every older one is sealed
-- and the compactor never races the writer. The day partitions of issue 7's first part are replaced.
-- Samples already stored in the day partitions move into the first segment.
drop function monitoring_raw_partition(date);
alter table telemetry_raw rename to telemetry_raw_days;
create table telemetry_raw (
    point_id uuid             not null,
    ts       timestamptz      not null,
    value    double precision not null,
    quality  smallint         not null
);

create sequence telemetry_raw_segment_seq;
create table telemetry_raw_segment (
    seq       bigint primary key,
    opened_at timestamptz not null
);

-- The platform's role may not create or drop tables: it opens and drops segments through these functions, which run
-- as the migrations' owner (the owner's default privileges give the platform's role the rows).
create function monitoring_open_raw_segment() returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    segment bigint := nextval('telemetry_raw_segment_seq');
begin
    execute format('create table %I () inherits (telemetry_raw)', 'telemetry_raw_' || segment);
    execute format('create index on %I (point_id, ts)', 'telemetry_raw_' || segment);
    insert into telemetry_raw_segment (seq, opened_at) values (segment, now());
    return segment;
end
$$;

create function monitoring_drop_raw_segment(segment bigint) returns void
    language plpgsql security definer set search_path = public as $$
begin
    delete from telemetry_raw_segment where seq = segment;
    if not found then
        raise exception 'no landing segment %', segment;
    end if;
    execute format('drop table %I', 'telemetry_raw_' || segment);
end
$$;

-- One chunk per point and hour (UTC): the samples encoded as columns (see ChunkCodec), with their count and first
-- and last time. Late samples of an hour already compacted are merged into the chunk (a new version of the row).
-- Partitioned by day; retention drops whole partitions.
create table telemetry_chunk (
    point_id     uuid        not null,
    period_start timestamptz not null,
    sample_count integer     not null,
    first_ts     timestamptz not null,
    last_ts      timestamptz not null,
    data         bytea       not null,
    primary key (point_id, period_start)
) partition by range (period_start);

-- The rollups of the same point and hour: the hour's count, min, max and average as columns (the 1 h rollup) and
-- its minutes encoded (the 1 min rollup, see RollupCodec). Partitioned by month; kept longer than the chunks.
create table telemetry_rollup (
    point_id     uuid             not null,
    period_start timestamptz      not null,
    sample_count integer          not null,
    min_value    double precision not null,
    max_value    double precision not null,
    avg_value    double precision not null,
    minutes      bytea            not null,
    primary key (point_id, period_start)
) partition by range (period_start);

-- The partitions of both, with their upper bounds, for retention.
create table telemetry_store_partition (
    name        varchar(64) primary key,
    parent      varchar(32) not null,
    upper_bound timestamptz not null
);

create function monitoring_store_partition(parent varchar, lower timestamptz, upper timestamptz) returns void
    language plpgsql security definer set search_path = public as $$
declare
    partition varchar := parent || '_' || to_char(lower at time zone 'UTC', 'YYYYMMDD');
begin
    if parent not in ('telemetry_chunk', 'telemetry_rollup') then
        raise exception 'not a telemetry store table: %', parent;
    end if;
    execute format('create table if not exists %I partition of %I for values from (%L) to (%L)', partition, parent,
        lower, upper);
    insert into telemetry_store_partition (name, parent, upper_bound) values (partition, parent, upper)
        on conflict (name) do nothing;
end
$$;

create function monitoring_drop_store_partition(partition varchar) returns void
    language plpgsql security definer set search_path = public as $$
begin
    delete from telemetry_store_partition where name = partition;
    if not found then
        raise exception 'no telemetry store partition %', partition;
    end if;
    execute format('drop table %I', partition);
end
$$;

select monitoring_open_raw_segment();
insert into telemetry_raw_1 (point_id, ts, value, quality) select point_id, ts, value, quality from telemetry_raw_days;
drop table telemetry_raw_days;
