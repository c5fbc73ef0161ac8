package org.chemsafe.support;

import static org.chemsafe.support.RegistryFixtures.created;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An enterprise a test registers for itself, with its own safety manager, so the units, chemicals and people it adds
 * are seen by no other test. It lies in 冯卯镇, a demo town without demo enterprises, so the demo towns' views stay
 * as the demo data made them.
 *
 * @param id            the enterprise's id
 * @param name          its name (unique in the run)
 * @param safetyManager the username of its safety manager (password {@link ApiClient#DEMO_PASSWORD})
 */
public record TestEnterprise(String id, String name, String safetyManager) {

    /** 冯卯镇, 山亭区. */
    public static final String TOWN = "370406108";
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** Registers a new enterprise and its safety manager through the API, as the demo platform administrator. */
    public static TestEnterprise register(int port) {
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        String name = "测试化工" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet() + "有限公司";
        String id = created(platform.post("/api/v1/enterprises",
                Map.of("name", name, "kinds", List.of("PRODUCTION"), "regionCode", TOWN)));
        return new TestEnterprise(id, name, TestUsers.newUser(platform, id, "SAFETY_MANAGER"));
    }

    /** A new user of the enterprise holding the given roles, signed in. */
    public ApiClient newUser(int port, String... roles) {
        return ApiClient.loggedIn(port, TestUsers.newUser(ApiClient.loggedIn(port, "platform"), id, List.of(roles)));
    }

    /** The safety manager, signed in. */
    public ApiClient safetyManager(int port) {
        return ApiClient.loggedIn(port, safetyManager);
    }
}
