package org.chemsafe.identity.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The minimum password policy: a configurable length, at least one letter and one digit, not the username. */
@Component
class PasswordPolicy {

    static final int MAX_LENGTH = 128;

    private final int minLength;

    PasswordPolicy(IdentitySettings settings) {
        this.minLength = settings.passwordMinLength();
    }

    /** The message key of the first rule the password breaks, if any. */
    Optional<String> violation(String username, String password) {
        if (password.length() < minLength || password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.length");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("identity.password.letters-and-digits");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("identity.password.username");
        }
        return Optional.empty();
    }

    int minLength() {
        return minLength;
    }
}
