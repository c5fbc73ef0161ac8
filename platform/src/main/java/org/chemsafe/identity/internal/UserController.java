package org.chemsafe.identity.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.chemsafe.identity.IdentityPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Users")
class UserController {

    private static final String READ = "hasAuthority('" + IdentityPermissions.USER_READ + "')";
    private static final String WRITE = "hasAuthority('" + IdentityPermissions.USER_WRITE + "')";

    private final UserAdministration administration;
    private final RoleRepository roles;

    UserController(UserAdministration administration, RoleRepository roles) {
        this.administration = administration;
        this.roles = roles;
    }

    @GetMapping("/api/v1/users")
    @PreAuthorize(READ)
    @Operation(summary = "Search the users within the caller's scope")
    PageResult<UserView> search(@RequestParam(required = false) @Size(max = 64) @Nullable String q,
            @Valid PageQuery page) {
        return administration.search(CurrentActor.get(), q, page);
    }

    @GetMapping("/api/v1/users/{id}")
    @PreAuthorize(READ)
    UserView get(@PathVariable UUID id) {
        return administration.get(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/users")
    @PreAuthorize(WRITE)
    @Operation(summary = "Create a user inside the caller's scope")
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request) {
        UserView created = administration.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/users/{id}")
    @PreAuthorize(WRITE)
    UserView update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest request) {
        return administration.update(CurrentActor.get(), id, request);
    }

    @PostMapping("/api/v1/users/{id}/password")
    @PreAuthorize(WRITE)
    @Operation(summary = "Set a new password for a user")
    ResponseEntity<Void> resetPassword(@PathVariable UUID id, @Valid @RequestBody ResetPasswordRequest request) {
        administration.resetPassword(CurrentActor.get(), id, request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/users/{id}/unlock")
    @PreAuthorize(WRITE)
    @Operation(summary = "Lift a lock from failed logins")
    ResponseEntity<Void> unlock(@PathVariable UUID id) {
        administration.unlock(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/roles")
    @PreAuthorize(READ)
    @Operation(summary = "The roles, the scope kind each applies to, and their permissions")
    List<RoleView> roles() {
        return roles.all().stream()
                .map(role -> new RoleView(role.code(), RoleNames.name(role), role.scopeKind(), role.permissions()))
                .toList();
    }
}
