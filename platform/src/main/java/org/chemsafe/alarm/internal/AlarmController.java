package org.chemsafe.alarm.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chemsafe.alarm.AlarmPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The alarm centre's API: the alarms in the caller's scope, one alarm with its transitions, and the steps people
 * take (acknowledge, shelve, unshelve, dispose); a step the alarm's state refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/alarms")
@Tag(name = "Alarms")
class AlarmController {

    static final String READ = "hasAuthority('" + AlarmPermissions.ALARM_READ + "')";
    static final String HANDLE = "hasAuthority('" + AlarmPermissions.ALARM_HANDLE + "')";
    static final String SHELVE = "hasAuthority('" + AlarmPermissions.ALARM_SHELVE + "')";
    static final String CONFIGURE = "hasAuthority('" + AlarmPermissions.ALARM_CONFIGURE + "')";

    private final Alarms alarms;
    private final AlarmLedger ledger;

    AlarmController(Alarms alarms, AlarmLedger ledger) {
        this.alarms = alarms;
        this.ledger = ledger;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "The alarms within the caller's scope, newest first",
            description = "Filters: q (found in the originator's label: a point's tag or name), state (OPEN, "
                    + "ACTIVE, RETURNED, UNACKNOWLEDGED, SHELVED, SUPPRESSED, STANDING, CHATTERING, CLOSED), "
                    + "severity, type, enterprise, originator type and id, and the time range [from, to) the alarm "
                    + "overlaps (first raised before to, last seen at or after from).")
    PageResult<AlarmView> list(@ParameterObject @Valid AlarmFilter filter, @Valid PageQuery page) {
        return alarms.list(CurrentActor.get(), filter, page);
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(READ)
    @Operation(summary = "The alarm ledger (报警台账) of the scope as Excel, with the list's filter, newest first")
    void export(@ParameterObject @Valid AlarmFilter filter, HttpServletResponse response) throws IOException {
        ledger.write(CurrentActor.get(), filter, response);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "One alarm with its transitions, oldest first")
    AlarmDetail get(@PathVariable UUID id) {
        return alarms.get(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize(HANDLE)
    @Operation(summary = "Acknowledge the alarm (409 when it is acknowledged already or closed)")
    AlarmDetail acknowledge(@PathVariable UUID id, @Valid @RequestBody AcknowledgeRequest request) {
        return alarms.acknowledge(CurrentActor.get(), id, request);
    }

    @PostMapping("/{id}/shelve")
    @PreAuthorize(SHELVE)
    @Operation(summary = "Shelve the alarm with a reason until a time (at most chemsafe.alarm.max-shelf ahead)")
    AlarmDetail shelve(@PathVariable UUID id, @Valid @RequestBody ShelveRequest request) {
        return alarms.shelve(CurrentActor.get(), id, request);
    }

    @PostMapping("/{id}/unshelve")
    @PreAuthorize(SHELVE)
    @Operation(summary = "End the alarm's shelf before its expiry")
    AlarmDetail unshelve(@PathVariable UUID id) {
        return alarms.unshelve(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/out-of-service")
    @PreAuthorize(CONFIGURE)
    @Operation(summary = "Take the alarm out of service with a reason (no notices, no escalation until returned; 409 "
            + "when it is out of service already or closed)")
    AlarmDetail takeOutOfService(@PathVariable UUID id, @Valid @RequestBody OutOfServiceRequest request) {
        return alarms.takeOutOfService(CurrentActor.get(), id, request);
    }

    @PostMapping("/{id}/return-to-service")
    @PreAuthorize(CONFIGURE)
    @Operation(summary = "Return the alarm to service")
    AlarmDetail returnToService(@PathVariable UUID id) {
        return alarms.returnToService(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/dispose")
    @PreAuthorize(HANDLE)
    @Operation(summary = "Record the alarm's disposal and close it (销警)",
            description = "Refused with 409 and the reason (STILL_ACTIVE, UNACKNOWLEDGED, CLOSED) until the alarm "
                    + "has returned to normal and is acknowledged.")
    AlarmDetail dispose(@PathVariable UUID id, @Valid @RequestBody DisposeRequest request) {
        return alarms.dispose(CurrentActor.get(), id, request);
    }
}
