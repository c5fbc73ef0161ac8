package org.chemsafe.enterprise.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.chemsafe.enterprise.EnterprisePermissions;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.enterprise.Region;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/enterprises")
@PreAuthorize("hasAuthority('" + EnterprisePermissions.ENTERPRISE_READ + "')")
@Tag(name = "Enterprises")
class EnterpriseController {

    private static final String WRITE = "hasAuthority('" + EnterprisePermissions.ENTERPRISE_WRITE + "')";
    private static final String REGISTER = "hasAuthority('" + EnterprisePermissions.ENTERPRISE_REGISTER + "')";

    private final EnterpriseRepository enterprises;
    private final RegionRepository regions;
    private final EnterpriseProfiles profiles;

    EnterpriseController(EnterpriseRepository enterprises, RegionRepository regions, EnterpriseProfiles profiles) {
        this.enterprises = enterprises;
        this.regions = regions;
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "Search the enterprises within the caller's scope")
    PageResult<EnterpriseSummary> search(@RequestParam(required = false) @Size(max = 100) @Nullable String q,
            @RequestParam(required = false) @Size(max = 12) @Nullable String regionCode, @Valid PageQuery page) {
        Region region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = regions.find(regionCode).orElseThrow(() -> ProblemException.notFound("region", regionCode));
        }
        return enterprises.search(CurrentActor.get().scope(), q, region, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise's profile, within the caller's scope")
    EnterpriseProfile get(@PathVariable UUID id) {
        return profiles.get(CurrentActor.get(), id);
    }

    @PostMapping
    @PreAuthorize(REGISTER)
    @Operation(summary = "Register an enterprise in a town of the caller's region")
    ResponseEntity<EnterpriseProfile> register(@Valid @RequestBody EnterpriseProfileRequest request) {
        EnterpriseProfile created = profiles.register(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Save an enterprise's profile")
    EnterpriseProfile update(@PathVariable UUID id, @Valid @RequestBody EnterpriseProfileRequest request) {
        return profiles.update(CurrentActor.get(), id, request);
    }
}
