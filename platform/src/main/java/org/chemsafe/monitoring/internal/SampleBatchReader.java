package org.chemsafe.monitoring.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a telemetry message ({@code {"gateway": "GW01", "samples": [{"tag": …, "ts": …, "value": …}]}}) straight
 * into a {@link SampleBatch}, token by token, with the rules of the HTTP body: the gateway at most 64 characters of
 * {@code [A-Za-z0-9._/-]}, at most {@value #MAX_SAMPLES} samples, other properties ignored; a bad sample is kept with
 * its problem, a message that is not such JSON is refused as a whole ({@link Refused}).
 */
@Component
class SampleBatchReader {

    static final int MAX_SAMPLES = 10_000;
    private static final Pattern GATEWAY = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final int MAX_GATEWAY = 64;

    private final JsonMapper json;

    SampleBatchReader(JsonMapper json) {
        this.json = json;
    }

    /** A message refused as a whole: why, and what to log. */
    static final class Refused extends Exception {

        private final MessageRefusal reason;

        Refused(MessageRefusal reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }

        MessageRefusal reason() {
            return reason;
        }
    }

    SampleBatch read(byte[] payload) throws Refused {
        try (JsonParser parser = json.createParser(payload)) {
            JsonToken root = parser.nextToken();
            if (root == JsonToken.VALUE_NULL) {
                throw new Refused(MessageRefusal.MALFORMED_JSON, "null");
            }
            if (root != JsonToken.START_OBJECT) {
                throw new Refused(MessageRefusal.MALFORMED_JSON, "not a JSON object");
            }
            String gateway = null;
            SampleBatch batch = null;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken token = parser.nextToken();
                if (name.equals("gateway")) {
                    gateway = gateway(parser, token);
                } else if (name.equals("samples")) {
                    batch = samples(parser, token);
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new Refused(MessageRefusal.MALFORMED_JSON, "trailing content after the message");
            }
            if (gateway != null && (gateway.length() > MAX_GATEWAY || !GATEWAY.matcher(gateway).matches())) {
                throw new Refused(MessageRefusal.INVALID_BATCH, "gateway");
            }
            if (batch == null) {
                throw new Refused(MessageRefusal.INVALID_BATCH, "samples");
            }
            return batch.withGateway(gateway);
        } catch (JacksonException malformed) {
            throw new Refused(MessageRefusal.MALFORMED_JSON, malformed.getOriginalMessage());
        }
    }

    private static @Nullable String gateway(JsonParser parser, JsonToken token) throws Refused {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            throw new Refused(MessageRefusal.MALFORMED_JSON, "gateway is not a string");
        }
        String gateway = parser.getText();
        if (gateway.indexOf('\u0000') >= 0) {
            throw new Refused(MessageRefusal.MALFORMED_JSON, "gateway holds a NUL character");
        }
        return gateway;
    }

    private static @Nullable SampleBatch samples(JsonParser parser, JsonToken token) throws Refused {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new Refused(MessageRefusal.MALFORMED_JSON, "samples is not an array");
        }
        SampleBatch batch = new SampleBatch(null, 1_024);
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            if (batch.size() == MAX_SAMPLES) {
                throw new Refused(MessageRefusal.INVALID_BATCH, "samples");
            }
            if (element != JsonToken.START_OBJECT) {
                parser.skipChildren();
                batch.add(null, 0, 0, RejectionReason.MALFORMED_SAMPLE);
                continue;
            }
            sample(parser, batch);
        }
        return batch;
    }

    /** One sample object, the parser on its start: last of a repeated property wins, as in a parsed tree. */
    private static void sample(JsonParser parser, SampleBatch batch) {
        String tag = null;
        double value = 0;
        RejectionReason valueProblem = RejectionReason.NON_NUMERIC_VALUE;
        long time = 0;
        RejectionReason timeProblem = RejectionReason.MISSING_TS;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "tag" -> tag = token == JsonToken.VALUE_STRING ? parser.getString() : null;
                case "value" -> {
                    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                        value = parser.getDoubleValue();
                        valueProblem = Double.isFinite(value) ? null : RejectionReason.NON_FINITE_VALUE;
                    } else {
                        valueProblem = RejectionReason.NON_NUMERIC_VALUE;
                    }
                }
                case "ts" -> {
                    timeProblem = null;
                    if (token == JsonToken.VALUE_NULL) {
                        timeProblem = RejectionReason.MISSING_TS;
                    } else if (token == JsonToken.VALUE_NUMBER_INT
                            && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                        time = SampleBatch.millisToMicros(parser.getLongValue());
                    } else if (token == JsonToken.VALUE_STRING) {
                        Long parsed = SampleBatch.isoMicros(parser.getString());
                        timeProblem = parsed == null ? RejectionReason.INVALID_TS : null;
                        time = parsed == null ? 0 : parsed;
                    } else {
                        timeProblem = RejectionReason.INVALID_TS;
                    }
                }
                default -> {
                    // another property: ignored
                }
            }
            parser.skipChildren();
        }
        batch.add(tag, time, value, valueProblem != null ? valueProblem : timeProblem);
    }
}
