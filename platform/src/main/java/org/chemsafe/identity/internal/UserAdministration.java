package org.chemsafe.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.identity.NewUser;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management by people, always inside the caller's scope: an enterprise administrator manages the users of
 * its own enterprise only; a region supervisor those of its region subtree (government users and enterprise users);
 * the platform administrator everyone. A user outside the caller's scope does not exist for them (404).
 */
@Service
@Transactional
class UserAdministration {

    private final UserRepository users;
    private final UserWriter writer;
    private final EnterpriseDirectory directory;
    private final RoleNames roleNames;
    private final ScopeNames scopeNames;

    UserAdministration(UserRepository users, UserWriter writer, EnterpriseDirectory directory, RoleNames roleNames,
            ScopeNames scopeNames) {
        this.users = users;
        this.writer = writer;
        this.directory = directory;
        this.roleNames = roleNames;
        this.scopeNames = scopeNames;
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
        UUID id = writer.create(new NewUser(request.username(), request.displayName(), request.phone(),
                request.password(), request.roleCodes(), target));
        return view(users.find(id).orElseThrow());
    }

    UserView update(Actor actor, UUID id, UpdateUserRequest request) {
        UserAccount user = visible(actor, id);
        if (user.id().equals(actor.id()) && !request.enabled()) {
            throw ProblemException.ruleViolation("identity.user.disable-self");
        }
        users.updateProfile(id, request.displayName(), request.phone(), request.enabled());
        writer.replaceRoles(user, request.roleCodes());
        return view(users.find(id).orElseThrow());
    }

    void resetPassword(Actor actor, UUID id, String newPassword) {
        writer.setPassword(visible(actor, id), newPassword);
    }

    void unlock(Actor actor, UUID id) {
        users.unlock(visible(actor, id).id());
    }

    private UserAccount visible(Actor actor, UUID id) {
        return users.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound("user", id));
    }

    private UserView view(UserAccount user) {
        return view(user, users.roleCodes(List.of(user.id())).getOrDefault(user.id(), List.of()));
    }

    private UserView view(UserAccount user, List<String> roleCodes) {
        return new UserView(user.id(), user.username(), user.displayName(), user.phone(), user.enabled(),
                user.lockedUntil(), roleNames.refs(roleCodes), scopeNames.view(user.scope()), user.createdAt(),
                user.lastLoginAt());
    }
}
