package org.chemsafe.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code chemsafe.identity.*}).
 *
 * @param lockout           how failed logins from one address are slowed down (see {@link LoginThrottle})
 * @param passwordMinLength the shortest password accepted (it must also hold a letter and a digit)
 */
@ConfigurationProperties("chemsafe.identity")
record IdentitySettings(@DefaultValue Lockout lockout, @DefaultValue("8") int passwordMinLength) {

    /**
     * @param maxAttempts failed logins in a row (per name and address) before attempts are paused
     * @param firstDelay  the first pause; each further failure doubles it
     * @param maxDelay    the longest pause
     */
    record Lockout(@DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration firstDelay,
            @DefaultValue("15m") Duration maxDelay) {
    }
}
