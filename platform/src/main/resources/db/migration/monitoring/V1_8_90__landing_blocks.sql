-- Landing segments hold blocks, not one row per sample. A row per sample with a (point_id, ts) index costs PostgreSQL
-- a heap tuple and a B-tree insertion at a random place per sample, and the index of an hour's segment outgrows the
-- buffers long before the issue's 250,000 samples/s (docs/benchmarks.md). Now each commit writes one block per
-- bucket of points (4,096 buckets by the point id's high 12 bits): the bucket's samples of that commit, 34 bytes each
-- (the point's 16 bytes, microseconds since the Unix epoch as int8, the value as float8, the quality as int2, all
-- big-endian), with the block's first and last sample time. A series read takes its point's bucket in the time range
-- and keeps its point's samples (LandingBlocks).
create table telemetry_landing (
    bucket       smallint    not null,
    first_ts     timestamptz not null,
    last_ts      timestamptz not null,
    sample_count integer     not null,
    samples      bytea       not null
);
-- The blocks are random bytes to a compressor: storing them uncompressed saves the CPU of trying.
alter table telemetry_landing alter column samples set storage external;

-- The bucket of a point, as LandingBlocks.bucket computes it.
create function monitoring_landing_bucket(point uuid) returns smallint
    language sql immutable strict as $$
    select (get_byte(uuid_send(point), 0) * 16 + (get_byte(uuid_send(point), 1) >> 4))::smallint
$$;

-- One sample of a block, as LandingBlocks writes it.
create function monitoring_landing_sample(point uuid, ts timestamptz, value double precision, quality smallint)
    returns bytea language sql immutable strict as $$
    select uuid_send(point) || int8send((extract(epoch from ts) * 1000000)::int8) || float8send(value)
        || int2send(quality)
$$;

alter table telemetry_raw_segment rename to telemetry_landing_segment;
alter sequence telemetry_raw_segment_seq rename to telemetry_landing_segment_seq;

create or replace function monitoring_open_raw_segment() returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    segment bigint := nextval('telemetry_landing_segment_seq');
begin
    execute format('create table %I () inherits (telemetry_landing)', 'telemetry_landing_' || segment);
    execute format('alter table %I alter column samples set storage external', 'telemetry_landing_' || segment);
    execute format('create index on %I (bucket, last_ts)', 'telemetry_landing_' || segment);
    insert into telemetry_landing_segment (seq, opened_at) values (segment, now());
    return segment;
end
$$;

create or replace function monitoring_drop_raw_segment(segment bigint) returns void
    language plpgsql security definer set search_path = public as $$
begin
    delete from telemetry_landing_segment where seq = segment;
    if not found then
        raise exception 'no landing segment %', segment;
    end if;
    execute format('drop table %I', 'telemetry_landing_' || segment);
end
$$;

-- The samples of the segments not compacted yet move into blocks of the same segment number.
do $$
declare
    segment bigint;
begin
    for segment in select seq from telemetry_landing_segment order by seq loop
        execute format('create table %I () inherits (telemetry_landing)', 'telemetry_landing_' || segment);
        execute format('alter table %I alter column samples set storage external', 'telemetry_landing_' || segment);
        execute format('create index on %I (bucket, last_ts)', 'telemetry_landing_' || segment);
        execute format($sql$
            insert into %I (bucket, first_ts, last_ts, sample_count, samples)
            select monitoring_landing_bucket(point_id), min(ts), max(ts), count(*),
                   string_agg(monitoring_landing_sample(point_id, ts, value, quality), ''::bytea order by ts)
            from %I group by monitoring_landing_bucket(point_id)$sql$,
            'telemetry_landing_' || segment, 'telemetry_raw_' || segment);
        execute format('drop table %I', 'telemetry_raw_' || segment);
    end loop;
end
$$;
drop table telemetry_raw;
