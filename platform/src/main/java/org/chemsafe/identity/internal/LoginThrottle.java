package org.chemsafe.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection per (username, client address): after {@code maxAttempts} failed logins in a row from one
 * address, further attempts for that name from that address are refused for a delay that doubles with each failure
 * (first delay, then twice as long, up to the maximum). Another address is not affected, so a stranger cannot lock a
 * user (the administrator included) out; a name that does not exist is throttled the same way as one that does, so
 * the answers do not tell which names exist. A success from the address clears its count. The counts are kept in
 * memory per instance: with several instances an attacker gets that many more attempts, which the password policy
 * and bcrypt cost absorb.
 */
@Component
class LoginThrottle {

    /** Past this many entries, those whose last failure is older than the longest pause are forgotten. */
    private static final int SOFT_LIMIT = 10_000;

    private final IdentitySettings.Lockout settings;
    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(IdentitySettings settings) {
        this.settings = settings.lockout();
    }

    /** Until when attempts for this name from this address are refused, if they are. */
    Optional<Instant> blockedUntil(String username, @Nullable String address, Instant now) {
        Failures current = failures.get(Key.of(username, address));
        return current == null ? Optional.empty() : current.blockedAt(now);
    }

    /** The latest block of this name from any address (shown to administrators). */
    Optional<Instant> blockedUntil(String username, Instant now) {
        String name = username.toLowerCase(Locale.ROOT);
        return failures.entrySet().stream().filter(entry -> entry.getKey().username().equals(name))
                .map(entry -> entry.getValue().blockedAt(now)).flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** Counts a failure; returns the block it starts, if it starts one. */
    Optional<Instant> recordFailure(String username, @Nullable String address, Instant now) {
        if (failures.size() > SOFT_LIMIT) {
            failures.values().removeIf(entry -> entry.lastFailure().plus(settings.maxDelay()).isBefore(now));
        }
        Failures updated = failures.compute(Key.of(username, address),
                (key, old) -> (old == null ? new Failures(0, null, now) : old).next(now, settings));
        return Optional.ofNullable(updated.blockedUntil());
    }

    void recordSuccess(String username, @Nullable String address) {
        failures.remove(Key.of(username, address));
    }

    /** An administrator lifts every block of this name. */
    void clear(String username) {
        String name = username.toLowerCase(Locale.ROOT);
        failures.keySet().removeIf(key -> key.username().equals(name));
    }

    private record Key(String username, String address) {

        static Key of(String username, @Nullable String address) {
            return new Key(username.toLowerCase(Locale.ROOT), address == null ? "" : address);
        }
    }

    private record Failures(int count, @Nullable Instant blockedUntil, Instant lastFailure) {

        Optional<Instant> blockedAt(Instant now) {
            return Optional.ofNullable(blockedUntil).filter(until -> until.isAfter(now));
        }

        Failures next(Instant now, IdentitySettings.Lockout settings) {
            int count = this.count + 1;
            if (count < settings.maxAttempts()) {
                return new Failures(count, null, now);
            }
            int doublings = Math.min(count - settings.maxAttempts(), 20);
            Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
            if (delay.compareTo(settings.maxDelay()) > 0) {
                delay = settings.maxDelay();
            }
            return new Failures(count, now.plus(delay), now);
        }
    }
}
