package org.chemsafe.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

/** People of a test's enterprise, registered through the API with the qualifications special work checks. */
public final class TestPeople {

    private TestPeople() {
    }

    /** A person named 张监护 with a guardian training record valid for a year. */
    public static String trainedGuardian(ApiClient manager) {
        return trainedGuardian(manager, "张监护");
    }

    /** A person of that name with a guardian training record valid for a year. */
    public static String trainedGuardian(ApiClient manager, String name) {
        return qualified(manager, name, "GUARDIAN_TRAINING", LocalDate.now().plusYears(1));
    }

    /** A person of that name holding a qualification of the kind valid until the day. */
    public static String qualified(ApiClient manager, String name, String kind, LocalDate validUntil) {
        String person = person(manager, name);
        ApiClient.Response qualification = manager.post("/api/v1/qualifications", Map.of("personId", person, "kind",
                kind, "number", kind + "-" + name, "validUntil", validUntil.toString()));
        assertThat(qualification.status()).as(qualification.body()).isEqualTo(201);
        return person;
    }

    /** A person of that name without any qualification. */
    public static String person(ApiClient manager, String name) {
        ApiClient.Response person = manager.post("/api/v1/people", Map.of("name", name));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        return person.json().path("id").asString();
    }
}
