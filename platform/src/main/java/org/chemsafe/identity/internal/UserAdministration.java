package org.chemsafe.identity.internal;

import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_PRINCIPAL;
import static org.chemsafe.shared.BuiltInRoles.SAFETY_MANAGER;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.identity.NewUser;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ScopeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management by people, always inside the caller's scope: an enterprise administrator manages the users of
 * its own enterprise only; a region supervisor the government users of its region subtree, and for an enterprise of
 * its region only the first administrator during onboarding; the platform administrator everyone. A user outside the
 * caller's scope does not exist for them (404). Within the scope the role order of {@link RoleHierarchy} applies: a
 * caller grants only roles at or below its own, does not manage users ranked above it, and does not add roles to
 * itself. One's own password is changed with the current one (AuthController), never reset here.
 */
@Service
@Transactional
class UserAdministration {

    /** The roles an enterprise's first administrator, created by a supervisor during onboarding, may hold. */
    private static final Set<String> ONBOARDING_ROLES = Set.of(ENTERPRISE_PRINCIPAL, SAFETY_MANAGER);

    private final UserRepository users;
    private final UserWriter writer;
    private final EnterpriseDirectory directory;
    private final RoleNames roleNames;
    private final ScopeNames scopeNames;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserAdministration(UserRepository users, UserWriter writer, EnterpriseDirectory directory, RoleNames roleNames,
            ScopeNames scopeNames, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.writer = writer;
        this.directory = directory;
        this.roleNames = roleNames;
        this.scopeNames = scopeNames;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<UserView> search(Actor actor, @Nullable String text, PageQuery page) {
        PageResult<UserAccount> found = users.search(actor.scope(), text, page);
        Map<UUID, List<String>> roles = users.roleCodes(found.content().stream().map(UserAccount::id).toList());
        return found.map(user -> view(user, roles.getOrDefault(user.id(), List.of())));
    }

    @Transactional(readOnly = true)
    UserView get(Actor actor, UUID id) {
        return view(visible(actor, id));
    }

    UserView create(Actor actor, CreateUserRequest request) {
        DataScope target = request.scope().toDataScope();
        if (!directory.covers(actor.scope(), target)) {
            throw ProblemException.forbidden("identity.user.scope-outside");
        }
        AuditTarget.concerns(target.enterpriseId());
        if (supervisesEnterprise(actor, target)) {
            checkOnboarding(target.enterpriseId(), request.roleCodes());
        } else if (!RoleHierarchy.mayGrant(rolesOf(actor.id()), request.roleCodes())) {
            throw ProblemException.forbidden("identity.user.role-above-own");
        }
        UUID id = writer.create(new NewUser(request.username(), request.displayName(), request.phone(),
                request.email(), request.password(), request.roleCodes(), target));
        return view(users.find(id).orElseThrow());
    }

    UserView update(Actor actor, UUID id, UpdateUserRequest request) {
        UserAccount user = manageable(actor, id);
        List<String> current = rolesOf(user.id());
        if (user.id().equals(actor.id())) {
            if (!request.enabled()) {
                throw ProblemException.ruleViolation("identity.user.disable-self");
            }
            if (!current.containsAll(request.roleCodes())) {
                throw ProblemException.forbidden("identity.user.own-roles");
            }
        } else if (!RoleHierarchy.mayGrant(rolesOf(actor.id()), request.roleCodes())) {
            throw ProblemException.forbidden("identity.user.role-above-own");
        }
        users.updateProfile(id, request.displayName(), request.phone(), request.email(), request.enabled());
        writer.replaceRoles(user, request.roleCodes());
        return view(users.find(id).orElseThrow());
    }

    void resetPassword(Actor actor, UUID id, String newPassword) {
        if (id.equals(actor.id())) {
            throw ProblemException.forbidden("identity.password.reset-own");
        }
        writer.setPassword(manageable(actor, id), newPassword);
    }

    void unlock(Actor actor, UUID id) {
        throttle.clear(manageable(actor, id).username());
    }

    /** The first administrator of an enterprise, created by its supervisor: only while it has no user at all. */
    private void checkOnboarding(UUID enterpriseId, Set<String> roleCodes) {
        if (!ONBOARDING_ROLES.containsAll(roleCodes)) {
            throw ProblemException.forbidden("identity.user.onboarding-roles");
        }
        if (users.anyInEnterprise(enterpriseId)) {
            throw ProblemException.forbidden("identity.user.onboarding-only");
        }
    }

    /**
     * A user the caller may change: visible, not an enterprise user when the caller is a supervisor (they create the
     * first administrator only), and not ranked above the caller.
     */
    private UserAccount manageable(Actor actor, UUID id) {
        UserAccount user = visible(actor, id);
        AuditTarget.concerns(user.scope().enterpriseId());
        if (supervisesEnterprise(actor, user.scope())) {
            throw ProblemException.forbidden("identity.user.supervisor-enterprise-user");
        }
        if (!RoleHierarchy.mayManage(rolesOf(actor.id()), rolesOf(user.id()))) {
            throw ProblemException.forbidden("identity.user.higher-role");
        }
        return user;
    }

    private static boolean supervisesEnterprise(Actor actor, DataScope target) {
        return actor.scope().kind() == ScopeKind.REGION && target.kind() == ScopeKind.ENTERPRISE;
    }

    private List<String> rolesOf(UUID userId) {
        return users.roleCodes(List.of(userId)).getOrDefault(userId, List.of());
    }

    private UserAccount visible(Actor actor, UUID id) {
        return users.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound("user", id));
    }

    private UserView view(UserAccount user) {
        return view(user, rolesOf(user.id()));
    }

    private UserView view(UserAccount user, List<String> roleCodes) {
        return new UserView(user.id(), user.username(), user.displayName(), user.phone(), user.email(),
                user.enabled(),
                throttle.blockedUntil(user.username(), clock.instant()).orElse(null), roleNames.refs(roleCodes),
                scopeNames.view(user.scope()), user.createdAt(), user.lastLoginAt());
    }
}
