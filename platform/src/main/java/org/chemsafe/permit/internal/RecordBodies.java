package org.chemsafe.permit.internal;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text of a permit record: compact JSON with keys in order at every level, so the same content always gives the
 * same bytes and the same hash. Values are strings, numbers, booleans, lists and maps only (times and decimals are
 * written as strings by the caller, so no formatting setting can change them).
 */
final class RecordBodies {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private RecordBodies() {
    }

    static String of(Map<String, ?> content) {
        return CANONICAL.writeValueAsString(new TreeMap<>(content));
    }

    static Map<?, ?> read(String body) {
        return CANONICAL.readValue(body, Map.class);
    }
}
