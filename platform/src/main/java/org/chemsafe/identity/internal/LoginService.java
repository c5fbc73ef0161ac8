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
 * Checks a username and password. Failed attempts are slowed down per name and client address
 * ({@link LoginThrottle}); unknown names and wrong passwords get the same answer after the same work (one bcrypt
 * comparison); every attempt and every pause is audited.
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
    private final LoginThrottle throttle;
    private final Clock clock;
    // Compared against when the user does not exist, so that the answer takes as long either way.
    private final String unknownUserHash;

    LoginService(UserRepository users, UserActors actors, PasswordEncoder passwordEncoder, AuditLog audit,
            LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.actors = actors;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode("no such user");
    }

    SignedIn login(String username, String password, @Nullable String clientAddress) {
        Instant now = clock.instant();
        Optional<UserAccount> found = users.findByUsername(username);
        Optional<Instant> blocked = throttle.blockedUntil(username, clientAddress, now);
        if (blocked.isPresent()) {
            audit.append(record(username, found, AuditOutcome.DENIED, 423, clientAddress,
                    "attempts from this address paused until " + blocked.get()));
            throw paused(blocked.get());
        }
        String hash = found.map(UserAccount::passwordHash).orElse(unknownUserHash);
        boolean matches = passwordEncoder.matches(password, hash);
        if (found.isEmpty() || !matches) {
            audit.append(record(username, found, AuditOutcome.DENIED, 401, clientAddress,
                    found.isEmpty() ? "unknown user" : "bad password"));
            Optional<Instant> pause = throttle.recordFailure(username, clientAddress, now);
            if (pause.isPresent()) {
                log.warn("Logins as {} from {} paused until {} after repeated failures", username, clientAddress,
                        pause.get());
                audit.append(AuditRecord.named(found.map(LoginService::actorOf).orElse(null), username, ACTION_LOCK,
                        null, AuditOutcome.SUCCESS, null, clientAddress,
                        "attempts from this address paused until " + pause.get()));
                throw paused(pause.get());
            }
            throw new ProblemException(ProblemType.BAD_CREDENTIALS, "identity.login.bad-credentials");
        }
        UserAccount user = found.get();
        if (!user.enabled()) {
            audit.append(record(username, found, AuditOutcome.DENIED, 401, clientAddress, "account disabled"));
            throw new ProblemException(ProblemType.BAD_CREDENTIALS, "identity.login.disabled");
        }
        throttle.recordSuccess(username, clientAddress);
        users.recordSuccessfulLogin(user.id(), now);
        audit.append(record(username, found, AuditOutcome.SUCCESS, 200, clientAddress, null));
        return new SignedIn(user, actors.authenticationOf(user));
    }

    private static AuditRecord record(String username, Optional<UserAccount> user, AuditOutcome outcome, int status,
            @Nullable String clientAddress, @Nullable String detail) {
        return AuditRecord.named(user.map(LoginService::actorOf).orElse(null), username, ACTION_LOGIN, null, outcome,
                status, clientAddress, detail);
    }

    private static Actor actorOf(UserAccount user) {
        return new Actor(Actor.Kind.USER, user.id(), user.username(), user.scope());
    }

    private static ProblemException paused(Instant until) {
        return new ProblemException(ProblemType.ACCOUNT_LOCKED, Map.of("lockedUntil", until.toString()),
                "identity.login.locked", until.toString());
    }

    /** A user who signed in, with the authentication to keep in the session. */
    record SignedIn(UserAccount user, Authentication authentication) {
    }
}
