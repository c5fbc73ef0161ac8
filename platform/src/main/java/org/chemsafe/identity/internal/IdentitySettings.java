package org.chemsafe.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code chemsafe.identity.*}).
 *
 * @param lockout           how many consecutive failed logins lock an account, and for how long
 * @param passwordMinLength the shortest password accepted (it must also hold a letter and a digit)
 */
@ConfigurationProperties("chemsafe.identity")
record IdentitySettings(@DefaultValue Lockout lockout, @DefaultValue("8") int passwordMinLength) {

    record Lockout(@DefaultValue("5") int maxAttempts, @DefaultValue("15m") Duration duration) {
    }
}
