package org.chemsafe.identity.internal;

import java.security.SecureRandom;
import java.util.Set;

import org.chemsafe.identity.NewUser;
import org.chemsafe.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the platform administrator {@code admin} with the configured password, or with a
 * generated one that is printed once to the log.
 */
@Component
@Order(0)
class BootstrapAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserRepository users;
    private final UserWriter writer;
    private final BootstrapSettings settings;

    BootstrapAdministrator(UserRepository users, UserWriter writer, BootstrapSettings settings) {
        this.users = users;
        this.writer = writer;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String configured = settings.adminPassword();
        String password = configured == null || configured.isBlank() ? generated() : configured;
        writer.create(new NewUser(USERNAME, "平台管理员", null, password, Set.of("PLATFORM_ADMIN"), DataScope.platform()));
        if (configured == null || configured.isBlank()) {
            log.warn("\n\n    Platform administrator created: username '{}', password '{}'\n"
                    + "    This password is shown only this once; change it after signing in.\n", USERNAME, password);
        } else {
            log.info("Platform administrator '{}' created with the configured password", USERNAME);
        }
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // the policy asks for a letter and a digit
        return password.append('a').append(random.nextInt(10)).toString();
    }
}
