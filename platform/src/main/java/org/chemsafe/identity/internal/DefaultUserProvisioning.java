package org.chemsafe.identity.internal;

import java.util.UUID;

import org.chemsafe.identity.NewUser;
import org.chemsafe.identity.UserProvisioning;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultUserProvisioning implements UserProvisioning {

    private final UserWriter writer;
    private final UserRepository users;

    DefaultUserProvisioning(UserWriter writer, UserRepository users) {
        this.writer = writer;
        this.users = users;
    }

    @Override
    public UUID provision(NewUser user) {
        return writer.create(user);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.exists(username);
    }
}
