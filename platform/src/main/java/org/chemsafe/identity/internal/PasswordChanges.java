package org.chemsafe.identity.internal;

import java.util.UUID;

import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user changes their own password, proving the current one first. */
@Service
@Transactional
class PasswordChanges {

    private final UserRepository users;
    private final UserWriter writer;
    private final PasswordEncoder passwordEncoder;

    PasswordChanges(UserRepository users, UserWriter writer, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.writer = writer;
        this.passwordEncoder = passwordEncoder;
    }

    /** Answers the new password's hash, to re-bind the session that made the change. */
    String changeOwn(UUID userId, String currentPassword, String newPassword) {
        UserAccount user = users.find(userId).orElseThrow(() -> ProblemException.notFound("user", userId));
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "identity.password.current-wrong");
        }
        return writer.setPassword(user, newPassword);
    }
}
