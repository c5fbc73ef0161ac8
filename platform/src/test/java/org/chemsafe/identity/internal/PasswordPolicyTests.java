package org.chemsafe.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy(
            new IdentitySettings(new IdentitySettings.Lockout(5, Duration.ofMinutes(1), Duration.ofMinutes(15)), 8));

    @Test
    void acceptsLettersAndDigitsOfTheMinimumLength() {
        assertThat(policy.violation("safety", "abcdefg1")).isEmpty();
        assertThat(policy.violation("safety", "安全密码abcd12")).isEmpty();
    }

    @Test
    void refusesShortLongLetterOnlyDigitOnlyAndUsernamePasswords() {
        assertThat(policy.violation("safety", "abcdef1")).contains("identity.password.length");
        assertThat(policy.violation("safety", "a1".repeat(65))).contains("identity.password.length");
        assertThat(policy.violation("safety", "abcdefgh")).contains("identity.password.letters-and-digits");
        assertThat(policy.violation("safety", "12345678")).contains("identity.password.letters-and-digits");
        assertThat(policy.violation("safety01", "SAFETY01")).contains("identity.password.username");
    }
}
