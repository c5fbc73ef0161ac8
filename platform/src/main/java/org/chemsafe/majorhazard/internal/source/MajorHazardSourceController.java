package org.chemsafe.majorhazard.internal.source;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.chemsafe.majorhazard.MajorHazardPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
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
@Tag(name = "Major hazard sources")
class MajorHazardSourceController {

    private static final String READ = "hasAuthority('" + MajorHazardPermissions.MAJOR_HAZARD_READ + "')";
    private static final String WRITE = "hasAuthority('" + MajorHazardPermissions.MAJOR_HAZARD_WRITE + "')";

    private final MajorHazardSources sources;
    private final MajorHazardLedger ledger;

    MajorHazardSourceController(MajorHazardSources sources, MajorHazardLedger ledger) {
        this.sources = sources;
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/major-hazard-sources")
    @PreAuthorize(READ)
    @Operation(summary = "The major hazard sources within the scope, most severe first, with 包保 gaps flagged")
    PageResult<SourceSummary> search(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Min(1) @Max(4) @Nullable Integer level,
            @RequestParam(required = false) @Size(max = 64) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean includeRetired, @Valid PageQuery page) {
        return sources.search(CurrentActor.get(), enterpriseId, level, q, includeRetired, page);
    }

    @GetMapping("/api/v1/major-hazard-sources/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "A source with its whole calculation, accountable people and assessment history")
    SourceDetail detail(@PathVariable UUID id) {
        return sources.detail(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/major-hazard-sources/{id}/accountable-people")
    @PreAuthorize(WRITE)
    @Operation(summary = "Name the three accountable people (主要负责人, 技术负责人, 操作负责人)")
    SourceDetail assignAccountable(@PathVariable UUID id, @Valid @RequestBody AccountablePeopleRequest request) {
        return sources.assignAccountable(CurrentActor.get(), id, request);
    }

    @GetMapping("/api/v1/major-hazard-sources/by-enterprise")
    @PreAuthorize(READ)
    @Operation(summary = "Enterprises within the scope with their active sources counted by level")
    List<EnterpriseSourceCounts> byEnterprise() {
        return sources.countsByEnterprise(CurrentActor.get());
    }

    @GetMapping("/api/v1/major-hazard-sources/export.xlsx")
    @PreAuthorize(READ)
    @Operation(summary = "The major hazard ledger (重大危险源台账) of the scope as Excel")
    void export(HttpServletResponse response) throws IOException {
        ledger.write(CurrentActor.get(), response);
    }

    @GetMapping("/api/v1/units/{unitId}/major-hazard-assessment")
    @PreAuthorize(READ)
    @Operation(summary = "The unit's latest GB 18218 assessment")
    UnitAssessmentView latest(@PathVariable UUID unitId) {
        return sources.latest(CurrentActor.get(), unitId);
    }

    @PostMapping("/api/v1/units/{unitId}/major-hazard-assessment")
    @PreAuthorize(WRITE)
    @Operation(summary = "Assess the unit again now")
    UnitAssessmentView reassess(@PathVariable UUID unitId) {
        return sources.reassess(CurrentActor.get(), unitId);
    }

    @PutMapping("/api/v1/units/{unitId}/exposure")
    @PreAuthorize(WRITE)
    @Operation(summary = "Record the people within 500 m outside the unit (GB 18218 Table 5) and re-assess it")
    UnitAssessmentView recordExposure(@PathVariable UUID unitId, @Valid @RequestBody ExposureRequest request) {
        return sources.recordExposure(CurrentActor.get(), unitId, request.exposedPeople());
    }
}
