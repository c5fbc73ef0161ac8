package org.chemsafe.identity.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.identity.RoleDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultRoleDirectory implements RoleDirectory {

    private final RoleRepository roles;

    DefaultRoleDirectory(RoleRepository roles) {
        this.roles = roles;
    }

    @Override
    public Set<String> rolesOf(UUID userId) {
        return Set.copyOf(roles.rolesOf(userId));
    }

    @Override
    public Set<String> codes() {
        return roles.all().stream().map(Role::code).collect(Collectors.toUnmodifiableSet());
    }
}
