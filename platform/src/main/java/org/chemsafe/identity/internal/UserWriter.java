package org.chemsafe.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.identity.NewUser;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ProblemException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Writes users after the rules every user keeps: a unique username, a password meeting the policy, an existing
 * scope, and roles that belong to that kind of scope.
 */
@Component
class UserWriter {

    private final UserRepository users;
    private final RoleRepository roles;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final EnterpriseDirectory directory;

    UserWriter(UserRepository users, RoleRepository roles, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, EnterpriseDirectory directory) {
        this.users = users;
        this.roles = roles;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
    }

    UUID create(NewUser user) {
        if (users.exists(user.username())) {
            // the same answer whoever holds the name, so that it does not tell a caller which names exist elsewhere
            throw ProblemException.conflict("identity.user.username-unavailable");
        }
        checkPassword(user.username(), user.password());
        checkScopeExists(user.scope());
        checkRoles(user.roleCodes(), user.scope());
        UUID id = UUID.randomUUID();
        users.insert(new UserAccount(id, user.username(), user.displayName(), user.phone(), user.email(),
                passwordEncoder.encode(user.password()), true, user.scope(), Instant.EPOCH, null));
        users.replaceRoles(id, user.roleCodes());
        return id;
    }

    void replaceRoles(UserAccount user, Collection<String> roleCodes) {
        checkRoles(roleCodes, user.scope());
        users.replaceRoles(user.id(), roleCodes);
    }

    /** Sets a new password and answers its hash; sessions bound to the old one end (see SessionCredentials). */
    String setPassword(UserAccount user, String password) {
        checkPassword(user.username(), password);
        String hash = passwordEncoder.encode(password);
        users.updatePassword(user.id(), hash);
        return hash;
    }

    private void checkPassword(String username, String password) {
        passwordPolicy.violation(username, password).ifPresent(key -> {
            throw ProblemException.ruleViolation(key, passwordPolicy.minLength());
        });
    }

    private void checkScopeExists(DataScope scope) {
        switch (scope.kind()) {
            case PLATFORM -> {
            }
            case REGION -> directory.findRegion(scope.regionCode())
                    .orElseThrow(() -> ProblemException.ruleViolation("identity.user.unknown-region", scope.regionCode()));
            case ENTERPRISE -> directory.findEnterprise(scope.enterpriseId()).orElseThrow(
                    () -> ProblemException.ruleViolation("identity.user.unknown-enterprise", scope.enterpriseId()));
        }
    }

    private void checkRoles(Collection<String> roleCodes, DataScope scope) {
        if (roleCodes.isEmpty()) {
            throw ProblemException.ruleViolation("identity.user.no-role");
        }
        Map<String, Role> known = roles.byCode();
        for (String code : roleCodes) {
            Role role = known.get(code);
            if (role == null) {
                throw ProblemException.ruleViolation("identity.user.unknown-role", code);
            }
            if (role.scopeKind() != scope.kind()) {
                throw ProblemException.ruleViolation("identity.user.role-scope-mismatch", code, scope.kind());
            }
        }
    }
}
