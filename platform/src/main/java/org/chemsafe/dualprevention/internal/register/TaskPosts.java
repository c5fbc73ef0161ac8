package org.chemsafe.dualprevention.internal.register;

import java.util.List;
import java.util.Set;

import org.chemsafe.identity.RoleDirectory;
import org.chemsafe.shared.BuiltInRoles;
import org.springframework.stereotype.Component;

/** The posts (岗位) a task can be given to: the roles of enterprises, never the platform's or the government's. */
@Component
class TaskPosts {

    private static final Set<String> NOT_POSTS = Set.of(BuiltInRoles.PLATFORM_ADMIN, BuiltInRoles.REGION_SUPERVISOR);

    private final RoleDirectory roles;

    TaskPosts(RoleDirectory roles) {
        this.roles = roles;
    }

    /** Every post, by code. */
    List<String> all() {
        return roles.codes().stream().filter(code -> !NOT_POSTS.contains(code)).sorted().toList();
    }

    boolean isPost(String code) {
        return !NOT_POSTS.contains(code) && roles.codes().contains(code);
    }
}
