package org.chemsafe.enterprise.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterprisePermissions;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.enterprise.Region;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.EnterpriseFilter;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    private final EnterpriseDirectory directory;
    private final EnterpriseRepository enterprises;
    private final RegionRepository regions;

    EnterpriseController(EnterpriseDirectory directory, EnterpriseRepository enterprises, RegionRepository regions) {
        this.directory = directory;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    @GetMapping
    @Operation(summary = "Search the enterprises within the caller's scope")
    PageResult<EnterpriseSummary> search(@RequestParam(required = false) @Size(max = 100) @Nullable String q,
            @RequestParam(required = false) @Size(max = 12) @Nullable String regionCode, @Valid PageQuery page) {
        EnterpriseFilter filter = directory.filterFor(CurrentActor.get().scope());
        Region region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = regions.find(regionCode).orElseThrow(() -> ProblemException.notFound("region", regionCode));
        }
        return enterprises.search(filter, q, region, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise within the caller's scope")
    EnterpriseSummary get(@PathVariable UUID id) {
        if (!directory.filterFor(CurrentActor.get().scope()).permits(id)) {
            throw ProblemException.notFound("enterprise", id);
        }
        return enterprises.find(id).orElseThrow(() -> ProblemException.notFound("enterprise", id));
    }
}
