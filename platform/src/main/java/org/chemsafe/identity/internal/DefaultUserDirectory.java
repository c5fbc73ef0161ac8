package org.chemsafe.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.chemsafe.identity.UserDirectory;
import org.chemsafe.identity.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultUserDirectory implements UserDirectory {

    private final UserRepository users;

    DefaultUserDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<UserSummary> find(UUID id) {
        return users.find(id).map(user -> new UserSummary(user.id(), user.username(), user.displayName(),
                user.phone(), user.scope(), user.enabled()));
    }
}
