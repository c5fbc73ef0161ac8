package org.chemsafe.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        return users.find(id).map(DefaultUserDirectory::summary);
    }

    @Override
    public List<UserSummary> recipients(UUID enterpriseId, Set<String> roleCodes, Set<UUID> userIds) {
        return users.recipients(enterpriseId, roleCodes, userIds).stream().map(DefaultUserDirectory::summary).toList();
    }

    private static UserSummary summary(UserAccount user) {
        return new UserSummary(user.id(), user.username(), user.displayName(), user.phone(), user.email(),
                user.scope(), user.enabled());
    }
}
