package org.chemsafe.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.identity.SignerConfirmation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
class DefaultSignerConfirmation implements SignerConfirmation {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final Clock clock;

    DefaultSignerConfirmation(UserRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public boolean confirms(UUID userId, String password) {
        Optional<UserAccount> user = users.find(userId).filter(UserAccount::enabled);
        if (user.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        String username = user.get().username();
        if (throttle.blockedUntil(username, now).isPresent()) {
            return false;
        }
        if (passwordEncoder.matches(password, user.get().passwordHash())) {
            return true;
        }
        throttle.recordFailure(username, null, now);
        return false;
    }
}
