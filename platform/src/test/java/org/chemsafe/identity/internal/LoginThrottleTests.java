package org.chemsafe.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    final LoginThrottle throttle = new LoginThrottle(new IdentitySettings(
            new IdentitySettings.Lockout(5, Duration.ofMinutes(1), Duration.ofMinutes(15)), 8));

    @Test
    void fiveFailuresPauseTheNameFromThatAddressOnly() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(throttle.recordFailure("admin", "203.0.113.9", NOW)).as("attempt %d", attempt).isEmpty();
        }
        assertThat(throttle.recordFailure("admin", "203.0.113.9", NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(throttle.blockedUntil("ADMIN", "203.0.113.9", NOW)).as("names compare case-insensitively")
                .isPresent();
        assertThat(throttle.blockedUntil("admin", "198.51.100.7", NOW)).as("another address").isEmpty();
        assertThat(throttle.blockedUntil("admin", "203.0.113.9", NOW.plus(Duration.ofMinutes(1)))).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesThePauseUpToTheMaximum() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            throttle.recordFailure("operator", "203.0.113.9", NOW);
        }
        assertThat(throttle.recordFailure("operator", "203.0.113.9", NOW)).contains(NOW.plusSeconds(60));
        assertThat(throttle.recordFailure("operator", "203.0.113.9", NOW)).contains(NOW.plusSeconds(120));
        assertThat(throttle.recordFailure("operator", "203.0.113.9", NOW)).contains(NOW.plusSeconds(240));
        assertThat(throttle.recordFailure("operator", "203.0.113.9", NOW)).contains(NOW.plusSeconds(480));
        assertThat(throttle.recordFailure("operator", "203.0.113.9", NOW)).contains(NOW.plusSeconds(900));
        for (int attempt = 1; attempt <= 40; attempt++) {
            throttle.recordFailure("operator", "203.0.113.9", NOW);
        }
        assertThat(throttle.recordFailure("operator", "203.0.113.9", NOW)).contains(NOW.plusSeconds(900));
    }

    @Test
    void aSuccessClearsTheAddressAndAnAdministratorClearsEveryAddress() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            throttle.recordFailure("safety", "203.0.113.9", NOW);
            throttle.recordFailure("safety", "198.51.100.7", NOW);
        }
        assertThat(throttle.blockedUntil("safety", NOW)).contains(NOW.plusSeconds(60));
        throttle.recordSuccess("safety", "203.0.113.9");
        assertThat(throttle.blockedUntil("safety", "203.0.113.9", NOW)).isEmpty();
        assertThat(throttle.blockedUntil("safety", "198.51.100.7", NOW)).isPresent();
        throttle.clear("Safety");
        assertThat(throttle.blockedUntil("safety", NOW)).isEmpty();
    }
}
