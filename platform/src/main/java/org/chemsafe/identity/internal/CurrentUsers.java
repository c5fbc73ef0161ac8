package org.chemsafe.identity.internal;

import java.util.List;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Describes the current actor: a user with their roles, or an API token with its purpose's permissions. */
@Component
class CurrentUsers {

    private final UserRepository users;
    private final RoleNames roleNames;
    private final ScopeNames scopeNames;

    CurrentUsers(UserRepository users, RoleNames roleNames, ScopeNames scopeNames) {
        this.users = users;
        this.roleNames = roleNames;
        this.scopeNames = scopeNames;
    }

    CurrentUserView view(Actor actor) {
        List<String> permissions = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).sorted().toList();
        if (actor.kind() == Actor.Kind.API_TOKEN) {
            return new CurrentUserView(actor.id(), actor.name(), actor.name(), List.of(), permissions,
                    scopeNames.view(actor.scope()));
        }
        UserAccount user = users.find(actor.id()).orElseThrow(() -> ProblemException.notFound("user", actor.id()));
        List<String> roleCodes = users.roleCodes(List.of(user.id())).getOrDefault(user.id(), List.of());
        return new CurrentUserView(user.id(), user.username(), user.displayName(), roleNames.refs(roleCodes),
                permissions, scopeNames.view(user.scope()));
    }
}
