package org.chemsafe.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.chemsafe.identity.NewUser;
import org.chemsafe.identity.UserProvisioning;
import org.chemsafe.shared.DataScope;
import org.chemsafe.support.ApiClient.Response;

/**
 * Users a test creates for itself, so what it changes or counts (logins, audit entries, passwords) is its own and
 * no other test's leftovers. Their password is {@link ApiClient#DEMO_PASSWORD}.
 */
public final class TestUsers {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private TestUsers() {
    }

    /**
     * A new user of any scope (a region's supervisor too), provisioned directly since no administrator of the test
     * may create it; its username.
     */
    public static String provisioned(UserProvisioning users, String prefix, String role, DataScope scope) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        users.provision(new NewUser(username, "用户" + username, null, ApiClient.DEMO_PASSWORD, Set.of(role), scope));
        return username;
    }

    /** The signed-in user's id. */
    public static String idOf(ApiClient user) {
        return user.get("/api/v1/auth/me").json().path("id").asString();
    }

    /** A new user of the administrator's own enterprise with the given role; its username. */
    public static String newColleague(ApiClient administrator, String role) {
        return newUser(administrator, administrator.get("/api/v1/auth/me").json().path("scope").path("enterpriseId")
                .asString(), role);
    }

    /** A new user of the given enterprise with the given role, created by the administrator; its username. */
    public static String newUser(ApiClient administrator, String enterpriseId, String role) {
        return newUser(administrator, enterpriseId, List.of(role));
    }

    /** A new user of the given enterprise holding the given roles, created by the administrator; its username. */
    public static String newUser(ApiClient administrator, String enterpriseId, List<String> roles) {
        int number = COUNT.incrementAndGet();
        String username = "t" + ProcessHandle.current().pid() + "-" + number + "-"
                + roles.get(0).toLowerCase(Locale.ROOT);
        Response created = administrator.post("/api/v1/users", Map.of("username", username, "displayName",
                "测试用户" + number, "password", ApiClient.DEMO_PASSWORD, "roleCodes", roles, "scope",
                Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseId)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }
}
