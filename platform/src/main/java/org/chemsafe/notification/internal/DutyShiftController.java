package org.chemsafe.notification.internal;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.alarm.AlarmPermissions;
import org.chemsafe.notification.NotificationPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * The duty shifts (值班安排): everyone who reads alarms sees who is on duty; managers set the shifts. The notices meant
 * for the people on duty go to the members of the shift covering them.
 */
@RestController
@Tag(name = "Notification")
class DutyShiftController {

    private static final String READ = "hasAuthority('" + AlarmPermissions.ALARM_READ + "')";
    private static final String CONFIGURE = "hasAuthority('" + NotificationPermissions.NOTIFICATION_CONFIGURE + "')";

    private final DutyShifts shifts;

    DutyShiftController(DutyShifts shifts) {
        this.shifts = shifts;
    }

    @GetMapping("/api/v1/duty-shifts")
    @PreAuthorize(READ)
    @Operation(summary = "The duty shifts within the scope overlapping [from, to), latest start first")
    PageResult<DutyShiftView> list(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @Valid PageQuery page) {
        return shifts.list(CurrentActor.get(), enterpriseId, from, to, page);
    }

    @PostMapping("/api/v1/duty-shifts")
    @PreAuthorize(CONFIGURE)
    @Operation(summary = "Add a duty shift: its name, from when to when (at most 48 hours), and who is on it",
            description = "While it runs, the notices meant for the people on duty (operators, shift leaders) go to "
                    + "its members holding those roles; a role none of them holds goes to everyone holding it.")
    ResponseEntity<DutyShiftView> create(@Valid @RequestBody DutyShiftRequest request) {
        DutyShiftView created = shifts.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/duty-shifts/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/duty-shifts/{id}")
    @PreAuthorize(READ)
    DutyShiftView get(@PathVariable UUID id) {
        return shifts.get(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/duty-shifts/{id}")
    @PreAuthorize(CONFIGURE)
    DutyShiftView change(@PathVariable UUID id, @Valid @RequestBody DutyShiftRequest request) {
        return shifts.change(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/duty-shifts/{id}")
    @PreAuthorize(CONFIGURE)
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        shifts.remove(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
