package org.chemsafe.identity.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.identity.IdentityPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/api-tokens")
@PreAuthorize("hasAuthority('" + IdentityPermissions.API_TOKEN_MANAGE + "')")
@Tag(name = "API tokens")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    PageResult<ApiTokenView> list(@Valid PageQuery page) {
        return tokens.list(CurrentActor.get(), page);
    }

    @PostMapping
    @Operation(summary = "Create a token for one enterprise and purpose; the token is in this answer only")
    ResponseEntity<CreatedApiToken> create(@Valid @RequestBody CreateApiTokenRequest request) {
        CreatedApiToken created = tokens.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/api-tokens/" + created.apiToken().id())).body(created);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        tokens.revoke(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
