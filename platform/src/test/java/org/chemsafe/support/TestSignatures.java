package org.chemsafe.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bodies for special-work permit tests: an application, a handwritten signature, a passing gas analysis. */
public final class TestSignatures {

    /** A 1 × 1 PNG as a data URL: the smallest handwritten signature the platform accepts. */
    public static final String ONE_PIXEL_PNG = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private TestSignatures() {
    }

    /**
     * A confined-space job planned from now for four hours (ungraded, valid up to 24 h, gas analysed), guarded by a
     * trained guardian the applicant registers.
     */
    public static Map<String, Object> confinedSpaceApplication(ApiClient applicant) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return Map.of("guardianId", TestPeople.trainedGuardian(applicant), "location", "1号反应釜", "content", "釜内清理检修", "facts", Map.of("type", "CONFINED_SPACE",
                "plannedStart", now.minus(5, ChronoUnit.MINUTES).toString(), "plannedEnd",
                now.plus(4, ChronoUnit.HOURS).toString()));
    }

    public static Map<String, Object> signature(String step, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", step);
        body.put("password", password);
        body.put("signatureImage", ONE_PIXEL_PNG);
        body.put("latitude", 34.8);
        body.put("longitude", 117.5);
        body.put("opinion", "同意");
        return body;
    }

    /** The answers to a checklist of {@code items} items: the first ones apply, confirmed by 张确认; the rest do not. */
    public static Map<String, Object> measures(int items, int applying) {
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        for (int number = 1; number <= items; number++) {
            answers.add(number <= applying ? Map.of("number", number, "involved", true, "confirmedBy", "张确认")
                    : Map.of("number", number, "involved", false));
        }
        return Map.of("items", answers);
    }

    /** Readings that pass every criterion, sampled five minutes ago. */
    public static Map<String, Object> passingAnalysis() {
        return Map.of("analyst", "王分析", "samples", List.of(Map.of("lelPercent", 5, "concentrationPercentVol", 0.1,
                "oxygenPercentVol", 20.9, "sampledAt", Instant.now().minus(5, ChronoUnit.MINUTES).toString())));
    }
}
