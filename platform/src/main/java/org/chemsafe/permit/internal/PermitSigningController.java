package org.chemsafe.permit.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.permit.PermitPermissions;
import org.chemsafe.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who signs permits: the approval inbox and the binding of the chains' signing functions to roles. */
@RestController
@Tag(name = "Special-work permits")
class PermitSigningController {

    private static final String READ = "hasAuthority('" + PermitPermissions.PERMIT_READ + "')";
    private static final String SIGN = "hasAuthority('" + PermitPermissions.PERMIT_SIGN + "')";
    private static final String CONFIGURE = "hasAuthority('" + PermitPermissions.PERMIT_CONFIGURE + "')";

    private final PermitInbox inbox;
    private final SigningRoles signingRoles;

    PermitSigningController(PermitInbox inbox, SigningRoles signingRoles) {
        this.inbox = inbox;
        this.signingRoles = signingRoles;
    }

    @GetMapping("/api/v1/permits/inbox")
    @PreAuthorize(SIGN)
    @Operation(summary = "Permits waiting for the caller's signature", description = """
            The permits of the caller's scope whose next block of the chain is signed by a function the caller's \
            roles are bound to, soonest planned start first.""")
    List<InboxItem> inbox() {
        return inbox.awaiting(CurrentActor.get());
    }

    @GetMapping("/api/v1/permit-signing-roles")
    @PreAuthorize(READ)
    @Operation(summary = "The roles that sign for each function of the chains (GB 30871-2022 Table B.1 note 1)")
    List<SigningRoleView> signingRoles(@RequestParam(required = false) @Nullable UUID enterpriseId) {
        return signingRoles.list(CurrentActor.get(), enterpriseId);
    }

    @PutMapping("/api/v1/permit-signing-roles/{function}")
    @PreAuthorize(CONFIGURE)
    @Operation(summary = "Bind a signing function to the enterprise's own roles")
    SigningRoleView bind(@PathVariable SigningFunction function, @Valid @RequestBody SigningRoleRequest request) {
        return signingRoles.bind(CurrentActor.get(), function, request);
    }

    @DeleteMapping("/api/v1/permit-signing-roles/{function}")
    @PreAuthorize(CONFIGURE)
    @Operation(summary = "Return a signing function to its default roles")
    SigningRoleView unbind(@PathVariable SigningFunction function,
            @RequestParam(required = false) @Nullable UUID enterpriseId) {
        return signingRoles.unbind(CurrentActor.get(), function, enterpriseId);
    }
}
