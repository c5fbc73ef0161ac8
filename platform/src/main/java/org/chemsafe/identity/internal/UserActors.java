package org.chemsafe.identity.internal;

import java.util.List;

import org.chemsafe.shared.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Builds the authentication of a signed-in user: the {@link Actor} as principal, permissions as authorities. */
@Component
class UserActors {

    private final RoleRepository roles;

    UserActors(RoleRepository roles) {
        this.roles = roles;
    }

    Authentication authenticationOf(UserAccount user) {
        Actor actor = new Actor(Actor.Kind.USER, user.id(), user.username(), user.scope());
        List<SimpleGrantedAuthority> authorities = roles.permissionsOf(user.id()).stream()
                .map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
    }
}
