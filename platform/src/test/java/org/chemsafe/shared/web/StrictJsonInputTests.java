package org.chemsafe.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chemsafe.shared.web.StrictJsonInput.RefusedValue;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonInputTests {

    record Sample(String name, List<String> tags, int count, Long total, LocalDate day, Instant at) {
    }

    private final JsonMapper json = strict();

    @Test
    void acceptsOrdinaryInput() {
        Sample sample = json.readValue("""
                {"name":"氯气储罐","tags":["a"],"count":5,"total":7,"day":"2026-12-02","at":"2026-12-02T08:00:00Z"}""",
                Sample.class);
        assertThat(sample).isEqualTo(new Sample("氯气储罐", List.of("a"), 5, 7L, LocalDate.of(2026, 12, 2),
                Instant.parse("2026-12-02T08:00:00Z")));
    }

    @Test
    void refusesNulInAnyString() {
        assertRefused("{\"name\":\"a\\u0000b\"}", "name", "problem.field.nul-character");
        assertRefused("{\"tags\":[\"ok\",\"\\u0000\"]}", "tags", "problem.field.nul-character");
    }

    @Test
    void refusesDatesOutsideYearsOneToTenThousand() {
        assertRefused("{\"day\":\"+300000-01-01\"}", "day", "problem.field.date-out-of-range");
        assertRefused("{\"at\":\"+300000-01-01T00:00:00Z\"}", "at", "problem.field.date-out-of-range");
        assertRefused("{\"at\":\"-0001-01-01T00:00:00Z\"}", "at", "problem.field.date-out-of-range");
    }

    @Test
    void refusesFractionsAndStringsForIntegers() {
        for (String body : List.of("{\"count\":1.5}", "{\"count\":\"5\"}", "{\"total\":\"5\"}", "{\"total\":2.0}")) {
            assertThatThrownBy(() -> json.readValue(body, Sample.class)).as(body)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }

    private void assertRefused(String body, String field, String key) {
        assertThatThrownBy(() -> json.readValue(body, Sample.class)).as(body)
                .isInstanceOfSatisfying(RefusedValue.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(key);
                    assertThat(refused.getPath().get(0).getPropertyName()).isEqualTo(field);
                });
    }

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonInput().customize(builder);
        return builder.build();
    }
}
