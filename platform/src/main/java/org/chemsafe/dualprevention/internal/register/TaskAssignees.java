package org.chemsafe.dualprevention.internal.register;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.identity.UserDirectory;
import org.chemsafe.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who an inspection task of an enterprise can be given to: its enabled users, and its posts (roles). */
@RestController
@Tag(name = "Dual prevention")
class TaskAssignees {

    /** A user a task can be assigned to. */
    record Assignee(UUID id, String displayName, String username) {
    }

    /** The enterprise's enabled users by name, and the role codes a task can name as its post. */
    record Choices(List<Assignee> people, List<String> posts) {
    }

    private final EnterpriseAccess access;
    private final UserDirectory users;
    private final TaskPosts posts;

    TaskAssignees(EnterpriseAccess access, UserDirectory users, TaskPosts posts) {
        this.access = access;
        this.users = users;
        this.posts = posts;
    }

    @GetMapping("/api/v1/inspection-tasks/assignees")
    @PreAuthorize(RiskRegisterController.WRITE)
    @Operation(summary = "Whom the enterprise's inspection tasks can be assigned to: its enabled users and its posts",
            description = "For the caller's enterprise, or the enterpriseId a platform or government user names.")
    Choices choices(@RequestParam(required = false) @Nullable UUID enterpriseId) {
        UUID enterprise = access.ownerFor(CurrentActor.get(), enterpriseId);
        List<String> all = posts.all();
        List<Assignee> people = users.recipients(enterprise, Set.copyOf(all), Set.of()).stream()
                .map(user -> new Assignee(user.id(), user.displayName(), user.username()))
                .sorted(Comparator.comparing(Assignee::displayName).thenComparing(Assignee::username)).toList();
        return new Choices(people, all);
    }
}
