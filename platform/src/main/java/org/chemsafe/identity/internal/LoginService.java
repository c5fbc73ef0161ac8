package org.chemsafe.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password. Five consecutive failures (configurable) lock the account for fifteen minutes
 * (configurable); every attempt and every lock is audited.
 */
@Service
class LoginService {

    static final String ACTION_LOGIN = "LOGIN";
    static final String ACTION_LOCK = "ACCOUNT_LOCKED";

    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    private final UserRepository users;
    private final UserActors actors;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final IdentitySettings settings;
    private final Clock clock;
    // Compared against when the user does not exist, so that the answer takes as long either way.
    private final String unknownUserHash;

    LoginService(UserRepository users, UserActors actors, PasswordEncoder passwordEncoder, AuditLog audit,
            IdentitySettings settings, Clock clock) {
        this.users = users;
        this.actors = actors;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode("no such user");
    }

    Authentication login(String username, String password, @Nullable String clientAddress) {
        Instant now = clock.instant();
        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty()) {
            passwordEncoder.matches(password, unknownUserHash);
            audit.append(new AuditRecord(null, username, null, ACTION_LOGIN, null, AuditOutcome.DENIED, 401,
                    clientAddress, "unknown user"));
            throw new ProblemException(ProblemType.BAD_CREDENTIALS, "identity.login.bad-credentials");
        }
        UserAccount user = found.get();
        Actor actor = new Actor(Actor.Kind.USER, user.id(), user.username(), user.scope());
        if (user.lockedAt(now)) {
            audit.append(AuditRecord.of(actor, ACTION_LOGIN, null, AuditOutcome.DENIED, 423, clientAddress,
                    "account locked until " + user.lockedUntil()));
            throw locked(user.lockedUntil());
        }
        if (!passwordEncoder.matches(password, user.passwordHash())) {
            Optional<Instant> lockedUntil = users.recordFailedLogin(user.id(), settings.lockout().maxAttempts(),
                    now.plus(settings.lockout().duration()));
            audit.append(AuditRecord.of(actor, ACTION_LOGIN, null, AuditOutcome.DENIED, 401, clientAddress,
                    "bad password"));
            if (lockedUntil.isPresent()) {
                log.warn("Account {} locked until {} after {} failed logins", user.username(), lockedUntil.get(),
                        settings.lockout().maxAttempts());
                audit.append(AuditRecord.of(actor, ACTION_LOCK, null, AuditOutcome.SUCCESS, null, clientAddress,
                        "locked until " + lockedUntil.get()));
                throw locked(lockedUntil.get());
            }
            throw new ProblemException(ProblemType.BAD_CREDENTIALS, "identity.login.bad-credentials");
        }
        if (!user.enabled()) {
            audit.append(AuditRecord.of(actor, ACTION_LOGIN, null, AuditOutcome.DENIED, 401, clientAddress,
                    "account disabled"));
            throw new ProblemException(ProblemType.BAD_CREDENTIALS, "identity.login.disabled");
        }
        users.recordSuccessfulLogin(user.id(), now);
        audit.append(AuditRecord.of(actor, ACTION_LOGIN, null, AuditOutcome.SUCCESS, 200, clientAddress, null));
        return actors.authenticationOf(user);
    }

    private static ProblemException locked(Instant until) {
        return new ProblemException(ProblemType.ACCOUNT_LOCKED, Map.of("lockedUntil", until.toString()),
                "identity.login.locked", until.toString());
    }
}
