package org.chemsafe.monitoring.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.monitoring.MonitoringPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Monitoring points")
class PointController {

    private static final String READ = "hasAuthority('" + MonitoringPermissions.MONITORING_READ + "')";
    private static final String WRITE = "hasAuthority('" + MonitoringPermissions.MONITORING_WRITE + "')";

    private final Points points;

    PointController(Points points) {
        this.points = points;
    }

    @GetMapping("/api/v1/points")
    @PreAuthorize(READ)
    @Operation(summary = "The points (位号) within the scope, by tag, filtered by text, type and linked object")
    PageResult<PointView> search(@Valid PointSearch search, @Valid PageQuery page) {
        return points.search(CurrentActor.get(), search, page);
    }

    @PostMapping("/api/v1/points")
    @PreAuthorize(WRITE)
    @Operation(summary = "Register a point; a gas detector without limits takes the GB/T 50493-2019 5.5.2 defaults")
    ResponseEntity<PointView> register(@Valid @RequestBody PointRequest request) {
        PointView created = points.register(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/points/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/points/{id}")
    @PreAuthorize(READ)
    PointView get(@PathVariable UUID id) {
        return points.get(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/points/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Change a point; empty limits on a gas detector take the defaults again")
    PointView change(@PathVariable UUID id, @Valid @RequestBody PointRequest request) {
        return points.change(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/points/{id}")
    @PreAuthorize(WRITE)
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        points.remove(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
