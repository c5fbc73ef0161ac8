package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A gateway's samples as read, before any point is looked up: for each sample its tag (null when missing or not a
 * string), its time in epoch microseconds (PostgreSQL's precision; beyond ±292,000 years held at the ends of the
 * range, which lie in the future or beyond the retention either way) and its value, or why they cannot be used ({@link #problem}: the first of
 * MALFORMED_SAMPLE, NON_NUMERIC_VALUE, NON_FINITE_VALUE, MISSING_TS, INVALID_TS, in the order the ingestion checks
 * them after the tag). Kept as primitive arrays: a batch of 10,000 samples is four arrays, not 10,000 trees. Read
 * from a parsed HTTP body ({@link #of}) or streamed from an MQTT payload ({@link SampleBatchReader}).
 */
final class SampleBatch {

    private @Nullable String gateway;
    private int size;
    private String[] tags;
    private long[] times;
    private double[] values;
    private RejectionReason[] problems;

    SampleBatch(@Nullable String gateway, int capacity) {
        this.gateway = gateway;
        int initial = Math.max(1, capacity);
        tags = new String[initial];
        times = new long[initial];
        values = new double[initial];
        problems = new RejectionReason[initial];
    }

    /** The samples of a parsed request, each checked as {@link SampleBatchReader} checks a streamed one. */
    static SampleBatch of(TelemetryRequest request) {
        List<JsonNode> samples = request.samples();
        SampleBatch batch = new SampleBatch(request.gateway(), samples.size());
        for (JsonNode sample : samples) {
            if (sample == null || !sample.isObject()) {
                batch.add(null, 0, 0, RejectionReason.MALFORMED_SAMPLE);
                continue;
            }
            JsonNode tag = sample.path("tag");
            JsonNode value = sample.path("value");
            JsonNode ts = sample.path("ts");
            RejectionReason valueProblem = !value.isNumber() ? RejectionReason.NON_NUMERIC_VALUE
                    : Double.isFinite(value.doubleValue()) ? null : RejectionReason.NON_FINITE_VALUE;
            long time = 0;
            RejectionReason timeProblem = null;
            if (ts.isMissingNode() || ts.isNull()) {
                timeProblem = RejectionReason.MISSING_TS;
            } else if (ts.isIntegralNumber() && ts.canConvertToLong()) {
                time = millisToMicros(ts.longValue());
            } else if (ts.isString()) {
                Long parsed = isoMicros(ts.asString());
                timeProblem = parsed == null ? RejectionReason.INVALID_TS : null;
                time = parsed == null ? 0 : parsed;
            } else {
                timeProblem = RejectionReason.INVALID_TS;
            }
            batch.add(tag.isString() ? tag.asString() : null, time, value.isNumber() ? value.doubleValue() : 0,
                    valueProblem != null ? valueProblem : timeProblem);
        }
        return batch;
    }

    /** ISO-8601 with an offset in epoch microseconds; null for anything else. */
    static @Nullable Long isoMicros(String text) {
        try {
            Instant time = Instant.parse(text);
            long seconds = time.getEpochSecond();
            if (seconds > Long.MAX_VALUE / 1_000_000 - 1 || seconds < Long.MIN_VALUE / 1_000_000 + 1) {
                return seconds > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            }
            return seconds * 1_000_000 + time.getNano() / 1_000;
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }

    /** Epoch milliseconds in epoch microseconds, held at the ends of the range. */
    static long millisToMicros(long millis) {
        if (millis > Long.MAX_VALUE / 1_000) {
            return Long.MAX_VALUE;
        }
        return millis < Long.MIN_VALUE / 1_000 ? Long.MIN_VALUE : millis * 1_000;
    }

    /** An instant in epoch microseconds (a finer time cut to the microsecond). */
    static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }

    /** An epoch-microsecond time as an instant. */
    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
    }

    void add(@Nullable String tag, long time, double value, @Nullable RejectionReason problem) {
        if (size == tags.length) {
            int grown = size * 2;
            tags = Arrays.copyOf(tags, grown);
            times = Arrays.copyOf(times, grown);
            values = Arrays.copyOf(values, grown);
            problems = Arrays.copyOf(problems, grown);
        }
        tags[size] = tag;
        times[size] = time;
        values[size] = value;
        problems[size] = problem;
        size++;
    }

    /** The batch, now of this gateway (the reader meets the gateway after the samples, or never). */
    SampleBatch withGateway(@Nullable String code) {
        this.gateway = code;
        return this;
    }

    @Nullable String gateway() {
        return gateway;
    }

    int size() {
        return size;
    }

    @Nullable String tag(int i) {
        return tags[i];
    }

    /** The sample's time in epoch microseconds. */
    long time(int i) {
        return times[i];
    }

    double value(int i) {
        return values[i];
    }

    /** Why the sample's object, value or time cannot be used; null when they can (its tag is checked later). */
    @Nullable RejectionReason problem(int i) {
        return problems[i];
    }
}
