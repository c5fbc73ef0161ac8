package org.chemsafe.enterprise.internal.unit;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.chemsafe.enterprise.EnterprisePermissions;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Tag(name = "Hazard units")
class UnitController {

    static final String READ = "hasAuthority('" + EnterprisePermissions.UNIT_READ + "')";
    static final String WRITE = "hasAuthority('" + EnterprisePermissions.UNIT_WRITE + "')";

    private final Units units;
    private final UnitRepository repository;

    UnitController(Units units, UnitRepository repository) {
        this.units = units;
        this.repository = repository;
    }

    @GetMapping("/api/v1/units")
    @PreAuthorize(READ)
    @Operation(summary = "Search production units, tank farms, warehouses and loading racks within the scope")
    PageResult<UnitView> search(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable HazardUnitKind kind,
            @RequestParam(required = false) @Size(max = 64) @Nullable String q, @Valid PageQuery page) {
        return repository.search(CurrentActor.get().scope(), enterpriseId, kind, q, page);
    }

    @GetMapping("/api/v1/units/{id}")
    @PreAuthorize(READ)
    UnitView get(@PathVariable UUID id) {
        return units.get(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/units")
    @PreAuthorize(WRITE)
    @Operation(summary = "Register a hazard unit")
    ResponseEntity<UnitView> register(@Valid @RequestBody UnitRequest request) {
        UnitView created = units.register(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/units/{id}")
    @PreAuthorize(WRITE)
    UnitView update(@PathVariable UUID id, @Valid @RequestBody UnitRequest request) {
        return units.update(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/units/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Remove a unit with its tanks and inventory")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        units.delete(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/units/{id}/status")
    @PreAuthorize(WRITE)
    @Operation(summary = "Change a production unit's status (running, stopped, overhaul, trial production)")
    UnitView changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChangeRequest change) {
        return units.changeStatus(CurrentActor.get(), id, change);
    }

    @GetMapping("/api/v1/units/{id}/status-history")
    @PreAuthorize(READ)
    List<StatusChange> statusHistory(@PathVariable UUID id) {
        return units.statusHistory(CurrentActor.get(), id);
    }

    @GetMapping("/api/v1/hazardous-processes")
    @PreAuthorize(READ)
    @Operation(summary = "The reference list of key-supervised hazardous chemical processes")
    List<HazardousProcess> hazardousProcesses() {
        return repository.processes(LocaleContextHolder.getLocale());
    }
}
